package org.polyaxon.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesEveryCharacterThatCouldEndTextOrAnAttribute() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.escape(null)).isEmpty();
    assertThat(Html.escape("plain ü text")).isEqualTo("plain ü text");
  }

  @Test
  void textAndAttributeValuesAreEscapedButTheMarkupIsNot() {
    String html =
        new Html()
            .open("td", "title", "\"><script>")
            .text("<b>bold</b>")
            .close("td")
            .element("p", "a & b", "class", "x")
            .toString();

    assertThat(html)
        .isEqualTo(
            "<td title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;bold&lt;/b&gt;</td>"
                + "<p class=\"x\">a &amp; b</p>");
  }

  @Test
  void onlyPathsOfTheAdminViewAreReturnTargets() {
    assertThat(AdminPaths.isSafeReturn("/_admin/runs?project=ada%2Fmnist&page=2")).isTrue();
    assertThat(AdminPaths.isSafeReturn("/_admin/runs/0123abcd")).isTrue();
    assertThat(AdminPaths.isSafeReturn("https://evil.example/_admin/")).isFalse();
    assertThat(AdminPaths.isSafeReturn("//evil.example/_admin/")).isFalse();
    assertThat(AdminPaths.isSafeReturn("/_admin//evil.example")).isFalse();
    assertThat(AdminPaths.isSafeReturn("/_admin/\r\nSet-Cookie:x")).isFalse();
    assertThat(AdminPaths.isSafeReturn("/api/v1/users")).isFalse();
    assertThat(AdminPaths.isSafeReturn(null)).isFalse();
  }
}
