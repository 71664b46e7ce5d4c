package org.polyaxon.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.util.stream.Collectors;
import org.polyaxon.core.error.InvalidInputException;

/**
 * Reads request bodies into records, turning every Jackson complaint into one clear {@link
 * InvalidInputException} that names the field and what was expected.
 */
final class RequestBodies {
  private final ObjectMapper mapper;

  RequestBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  <T> T read(Context ctx, Class<T> type) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw new InvalidInputException("The request has no body; expected a JSON object");
    }
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw new InvalidInputException("Expected a JSON object, got null");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds().stream()
              .map(String::valueOf)
              .sorted()
              .collect(Collectors.joining(", "));
      throw new InvalidInputException("Unknown field '" + path(e) + "'; expected one of: " + known);
    } catch (InvalidFormatException e) {
      throw new InvalidInputException(
          "Field '"
              + path(e)
              + "': "
              + describe(e.getValue())
              + " is not "
              + typeName(e.getTargetType()));
    } catch (MismatchedInputException e) {
      String field = path(e);
      throw new InvalidInputException(
          (field.isEmpty() ? "The body" : "Field '" + field + "'")
              + ": expected "
              + typeName(e.getTargetType()));
    } catch (JsonMappingException e) {
      throw new InvalidInputException("Field '" + path(e) + "': " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new InvalidInputException("Malformed JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String describe(Object value) {
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "a JSON object";
  }
}
