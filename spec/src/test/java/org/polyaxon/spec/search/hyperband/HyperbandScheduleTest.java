package org.polyaxon.spec.search.hyperband;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HyperbandScheduleTest {

  private static List<String> table(HyperbandSchedule.Bracket bracket) {
    return bracket.rungs().stream()
        .map(r -> r.nConfigs() + "/" + Math.round(r.resource()))
        .toList();
  }

  @Test
  void bracketsForMaxIter81Eta3MatchLiEtAlsTable() {
    List<HyperbandSchedule.Bracket> brackets = HyperbandSchedule.brackets(81, 3);
    assertThat(brackets).extracting(HyperbandSchedule.Bracket::s).containsExactly(4, 3, 2, 1, 0);
    assertThat(table(brackets.get(0))).containsExactly("81/1", "27/3", "9/9", "3/27", "1/81");
    assertThat(table(brackets.get(1))).containsExactly("34/3", "11/9", "3/27", "1/81");
    assertThat(table(brackets.get(2))).containsExactly("15/9", "5/27", "1/81");
    assertThat(table(brackets.get(3))).containsExactly("8/27", "2/81");
    assertThat(table(brackets.get(4))).containsExactly("5/81");
  }

  @Test
  void totalTrialsSumsEveryRung() {
    // 121 + 49 + 21 + 10 + 5
    assertThat(Hyperband.totalTrials(81, 3)).isEqualTo(206);
    assertThat(HyperbandSchedule.sMax(81, 3)).isEqualTo(4);
    assertThat(HyperbandSchedule.sMax(80, 3)).isEqualTo(3);
    assertThat(Hyperband.totalTrials(1, 3)).isEqualTo(1);
  }

  @Test
  void nonPowerMaxIterGivesFractionalResources() {
    List<HyperbandSchedule.Bracket> brackets = HyperbandSchedule.brackets(100, 3);
    assertThat(brackets.get(0).rungs().get(0).resource()).isEqualTo(100 / 81.0);
    assertThat(brackets.get(0).rungs().get(4).resource()).isEqualTo(100.0);
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> HyperbandSchedule.brackets(0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HyperbandSchedule.brackets(81, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
