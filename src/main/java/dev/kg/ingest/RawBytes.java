package dev.kg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** The raw bytes of an input: their fingerprint, and whether and how they read as text. */
final class RawBytes {

  // Text has next to no control characters; when a third of the bytes are, it is a binary format without NULs.
  private static final double MAX_CONTROL_SHARE = 1.0 / 3;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private RawBytes() {}

  /** Hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /** {@code bytes} as text, rejecting binary content and anything that is not UTF-8. */
  static String text(byte[] bytes) throws RejectedInputException {
    if (isBinary(bytes)) {
      throw new RejectedInputException("binary file, not text");
    }
    return utf8(bytes);
  }

  /** {@code bytes} decoded as strict UTF-8, without a leading byte order mark. */
  static String utf8(byte[] bytes) throws RejectedInputException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more UTF-16 units than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new RejectedInputException("not valid UTF-8 (at byte " + in.position() + ")");
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith(String.valueOf(BYTE_ORDER_MARK)) ? text.substring(1) : text;
  }

  /** {@code bytes} cut at each line feed, without the line feed or a carriage return before it. */
  static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        if (i < bytes.length || start < bytes.length) {
          lines.add(Arrays.copyOfRange(bytes, start, end));
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /** Whether {@code bytes} hold a NUL or are mostly control characters. */
  static boolean isBinary(byte[] bytes) {
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
      if ((b >= 0 && b < ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        control++;
      }
    }
    return control > bytes.length * MAX_CONTROL_SHARE;
  }
}
