package dev.kg.feed;

import dev.kg.graph.GraphUnavailableException;
import dev.kg.graph.HeldGraphException;
import dev.kg.server.Neo4jConnection.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code POST /kg/documents} and {@code GET /kg/health} on the server {@code kg serve} runs: a Neo4j
 * unmanaged extension mounted beside {@link dev.kg.server.browser.BrowserFiles}, handing requests to
 * the {@link DocumentFeed} of its server. Neo4j's own HTTP login guards {@code /kg/documents} (HTTP
 * Basic, the store's users and passwords) before a request gets here; the health report is public.
 *
 * <pre>
 * curl -u neo4j:PASSWORD -H 'Content-Type: application/json' \
 *      -d '{"id": "a1", "text": "Kim Jong Un met Vladimir Putin in Pyongyang."}' \
 *      http://127.0.0.1:7474/kg/documents
 * </pre>
 */
@Path("/")
public final class DocumentsResource {

  private static final String NOT_SERVED = "this server takes no documents: kg serve takes them";
  private static final long DISCARDED_AT_MOST = 8L << 20;

  @POST
  @Path("documents")
  public Response post(
      @Context HttpServletRequest request, @QueryParam("replace") String replace, InputStream body) {
    Optional<DocumentFeed> feed = DocumentFeed.onPort(request.getLocalPort());
    if (feed.isEmpty()) {
      return reply(DocumentFeed.Reply.error(503, NOT_SERVED));
    }
    if (replace != null && !replace.equals("true") && !replace.equals("false")) {
      return reply(DocumentFeed.Reply.error(400, "replace must be true or false, got '" + replace + "'"));
    }
    int limit = feed.get().maxBodyBytes();
    byte[] bytes;
    try {
      bytes = request.getContentLengthLong() > limit ? null : body.readNBytes(limit + 1);
      if (bytes == null || bytes.length > limit) {
        discardRest(body);
        return reply(DocumentFeed.Reply.error(413, "request body over the limit of " + limit + " bytes"));
      }
    } catch (IOException e) {
      return reply(DocumentFeed.Reply.error(400, "cannot read the request body: " + e.getMessage()));
    }
    try {
      return reply(feed.get().post(bytes, "true".equals(replace), credentials(request)));
    } catch (GraphUnavailableException e) {
      return reply(DocumentFeed.Reply.error(503, e.getMessage()));
    } catch (HeldGraphException e) {
      return reply(DocumentFeed.Reply.error(409, e.getMessage()));
    } catch (RuntimeException e) {
      // Each document's own failure is in its report; this is the graph or kg failing as a whole.
      return reply(DocumentFeed.Reply.error(500, "ingest failed: " + firstLine(e)));
    }
  }

  /**
   * Reads and drops what is left of a refused body, up to {@link #DISCARDED_AT_MOST} bytes: a server
   * that answers and closes with a body unread resets the connection, and the client may lose the
   * answer with it. A body larger still is left unread; its sender gets a reset.
   */
  private static void discardRest(InputStream body) throws IOException {
    byte[] buffer = new byte[8192];
    long left = DISCARDED_AT_MOST;
    for (int read = 0; left > 0 && read >= 0; left -= read) {
      read = body.read(buffer, 0, (int) Math.min(buffer.length, left));
    }
  }

  @GET
  @Path("health")
  public Response health(@Context HttpServletRequest request) {
    return reply(
        DocumentFeed.onPort(request.getLocalPort())
            .map(DocumentFeed::health)
            .orElseGet(() -> DocumentFeed.Reply.error(503, NOT_SERVED)));
  }

  private static Response reply(DocumentFeed.Reply reply) {
    return Response.status(reply.status())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()))
        .entity(reply.json())
        .build();
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  // Neo4j has checked these already when it asks for a login; the feed writes as the same user.
  private static Optional<Credentials> credentials(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }
}
