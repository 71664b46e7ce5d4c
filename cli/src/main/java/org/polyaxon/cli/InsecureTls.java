package org.polyaxon.cli;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS without checking the server's certificate, for {@code verify_ssl: false} (a self-signed
 * certificate on a test cluster, as 0.4 allowed). The connection is still encrypted; who is at the
 * other end is not checked, which is what the user asked for.
 */
final class InsecureTls {
  private static final String NO_HOSTNAME_CHECK =
      "jdk.internal.httpclient.disableHostnameVerification";

  private InsecureTls() {}

  static SSLContext context() {
    // Read once by the JDK when its first HttpClient is made: the CLI is one short process.
    System.setProperty(NO_HOSTNAME_CHECK, "true");
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new TrustingAnyone()}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available in this JDK", e);
    }
  }

  private static final class TrustingAnyone implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // the CLI presents no client certificate
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // verify_ssl is false: any certificate is accepted
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
