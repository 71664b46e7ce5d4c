package org.polyaxon.core.auth;

import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Bcrypt;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Password hashing (bcrypt through password4j) and random secrets. */
public final class Passwords {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHANUMERIC =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  private Passwords() {}

  /**
   * bcrypt version b, cost 10 (2^10 rounds), chosen here rather than read from a psw4j.properties
   * that does not exist: reading it warned twice at every start.
   */
  private static final BcryptFunction BCRYPT = BcryptFunction.getInstance(Bcrypt.B, 10);

  public static String hash(String password) {
    return Password.hash(password).with(BCRYPT).getResult();
  }

  public static boolean matches(String password, String hash) {
    return hash != null && Password.check(password, hash).with(BCRYPT);
  }

  /** A random password without look-alike characters (no 0/O, 1/l/I). */
  public static String randomPassword(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)]);
    }
    return out.toString();
  }

  /** A random hexadecimal secret of {@code bytes} bytes (API tokens, keys). */
  public static String randomHex(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return HexFormat.of().formatHex(buffer);
  }
}
