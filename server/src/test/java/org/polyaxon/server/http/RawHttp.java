package org.polyaxon.server.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 spoken by hand, for what HttpClient refuses to send (a Host header of our choice). */
final class RawHttp {
  private RawHttp() {}

  /** The status of one request with the given Host header and, if not null, token. */
  static int status(int port, String method, String path, String host, String token)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (method
                  + " "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + (token == null ? "" : "\r\nAuthorization: Token " + token)
                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      return Integer.parseInt(in.readLine().split(" ")[1]);
    }
  }
}
