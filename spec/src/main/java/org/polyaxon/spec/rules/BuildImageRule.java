package org.polyaxon.spec.rules;

import java.util.regex.Pattern;
import org.polyaxon.spec.schema.Problems;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * A build names exactly one of {@code image} or {@code dockerfile}, and an image is {@code
 * name[:tag]} or {@code host:port/name[:tag]}: no spaces, at most three colon-separated parts.
 */
public final class BuildImageRule implements Rule {

  private static final Pattern PORT = Pattern.compile("[0-9]+/.+");

  @Override
  public void check(SpecNode.MapNode root, String kind, Problems problems) {
    if (kind.equals("build")) {
      checkBuild(root, "", problems);
    } else {
      Nodes.map(root, "build").ifPresent(build -> checkBuild(build, "build", problems));
    }
  }

  private static void checkBuild(SpecNode.MapNode build, String path, Problems problems) {
    boolean image = Nodes.has(build, "image");
    boolean dockerfile = Nodes.has(build, "dockerfile");
    if (!image && !dockerfile) {
      problems.add(
          build.position(),
          Problems.child(path, "image"),
          "is required: a build needs exactly one of image or dockerfile");
    } else if (image && dockerfile) {
      problems.add(
          Nodes.keyPosition(build, "dockerfile"),
          Problems.child(path, "dockerfile"),
          "a build needs exactly one of image or dockerfile, not both");
    }
    // A templated image ("repo:{{ tag }}") is only an image once rendered, at run time.
    Nodes.string(build, "image")
        .filter(name -> !name.contains("{{") && !name.contains("{%"))
        .filter(name -> !isValidImage(name))
        .ifPresent(
            name ->
                problems.add(
                    build.get("image").position(),
                    Problems.child(path, "image"),
                    "invalid image `" + name + "`: expected name[:tag] or host:port/name[:tag]"));
  }

  /** The 0.4.4 image rule, in our words: see the class comment. */
  static boolean isValidImage(String image) {
    if (image.isEmpty() || image.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    String[] parts = image.split(":", -1);
    for (String part : parts) {
      if (part.isEmpty()) {
        return false;
      }
    }
    return switch (parts.length) {
      case 1 -> true;
      // name:tag (a tag has no slash), or host:port/name without a tag.
      case 2 -> !parts[1].contains("/") || PORT.matcher(parts[1]).matches();
      case 3 -> PORT.matcher(parts[1]).matches() && !parts[2].contains("/");
      default -> false;
    };
  }
}
