package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaginationTest {

  @Test
  void pageLinksKeepEveryOtherParameterEncodedAndInOrder() {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    parameters.put("query", List.of("status:running|failed,metric.loss:<0.2"));
    parameters.put("limit", List.of("5"));
    parameters.put("sort", List.of("-created_at"));
    parameters.put("offset", List.of("10"));
    parameters.put("tag", List.of("a b", "c&d"));

    assertThat(Pagination.otherParameters(parameters))
        .isEqualTo(
            "query=status%3Arunning%7Cfailed%2Cmetric.loss%3A%3C0.2&sort=-created_at"
                + "&tag=a%20b&tag=c%26d&");
    assertThat(Pagination.otherParameters(Map.of("limit", List.of("1")))).isEmpty();
  }
}
