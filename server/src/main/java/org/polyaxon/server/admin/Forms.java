package org.polyaxon.server.admin;

/** The forms of the admin pages: every one is a POST carrying the session's CSRF token. */
final class Forms {
  /** The name of the hidden field that carries the CSRF token. */
  static final String CSRF_FIELD = "csrf";

  private Forms() {}

  /** Opens a POST form to {@code action} with the CSRF token already inside. */
  static Html open(Html html, String action, String csrfToken, String... attributes) {
    String[] all = new String[attributes.length + 4];
    all[0] = "method";
    all[1] = "post";
    all[2] = "action";
    all[3] = action;
    System.arraycopy(attributes, 0, all, 4, attributes.length);
    html.open("form", all);
    return hidden(html, CSRF_FIELD, csrfToken);
  }

  static Html hidden(Html html, String name, String value) {
    return html.open("input", "type", "hidden", "name", name, "value", value);
  }

  /** A form that is just one button, for an action on one row. */
  static Html button(Html html, String action, String csrfToken, String label, String... hidden) {
    open(html, action, csrfToken, "class", "inline");
    for (int i = 0; i < hidden.length; i += 2) {
      hidden(html, hidden[i], hidden[i + 1]);
    }
    return html.element("button", label, "type", "submit").close("form");
  }

  /** A labelled input. */
  static Html input(Html html, String label, String name, String type, String... extra) {
    String[] attributes = new String[extra.length + 6];
    attributes[0] = "type";
    attributes[1] = type;
    attributes[2] = "name";
    attributes[3] = name;
    attributes[4] = "id";
    attributes[5] = name;
    System.arraycopy(extra, 0, attributes, 6, extra.length);
    html.open("label", "for", name).text(label).close("label");
    return html.open("input", attributes);
  }
}
