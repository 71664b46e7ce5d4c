package org.polyaxon.server.admin;

/**
 * A small HTML builder for the admin pages. Text and attribute values always go through {@link
 * #escape}; only constant markup of this package is appended raw.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(4096);

  /** Escapes the five characters that could end a text node or a quoted attribute. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Escaped text. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup written in this package, never anything a user typed. */
  Html raw(String constantMarkup) {
    out.append(constantMarkup);
    return this;
  }

  /** An opening tag; {@code attributes} are name/value pairs, the values escaped. */
  Html open(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
      out.append('"');
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding escaped text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A link. */
  Html link(String href, String text) {
    return element("a", text, "href", href);
  }

  /** A table row of escaped cells. */
  Html row(String... cells) {
    open("tr");
    for (String cell : cells) {
      element("td", cell);
    }
    return close("tr");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
