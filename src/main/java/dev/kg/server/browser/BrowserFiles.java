package dev.kg.server.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

/**
 * kg's additions to Neo4j Browser, {@code cypher/style.grass} and {@code cypher/guide.html}, served
 * by Neo4j's own HTTP server at {@value #MOUNT_POINT}: a Neo4j unmanaged extension, mounted by
 * {@link dev.kg.server.EmbeddedNeo4j} and, from the {@code kg-browser} plugin jar, by the Neo4j in
 * {@code docker-compose.yml}. Browser fetches both on connect, as {@link #postConnectCommand} says.
 */
@Path("/")
public final class BrowserFiles {

  /** Where Neo4j mounts this extension; Browser fetches without logging in, so it is public. */
  public static final String MOUNT_POINT = "/kg";

  private static final String STYLE = "style.grass";
  private static final String GUIDE = "guide.html";

  /**
   * The Browser commands that apply kg's style and open kg's guide, for Neo4j's {@code
   * browser.post_connect_cmd}: {@code style <root>kg/style.grass; guide <root>kg/guide.html}.
   *
   * @param httpRoot the server's HTTP root as the user's browser reaches it, e.g. {@code http://127.0.0.1:7474/}
   */
  public static String postConnectCommand(URI httpRoot) {
    URI files = httpRoot.resolve(MOUNT_POINT.substring(1) + "/");
    return "style " + files.resolve(STYLE) + "; guide " + files.resolve(GUIDE);
  }

  @GET
  @Path(STYLE)
  public Response style() {
    return file(STYLE, "text/plain; charset=utf-8");
  }

  @GET
  @Path(GUIDE)
  public Response guide() {
    return file(GUIDE, "text/html; charset=utf-8");
  }

  private static Response file(String name, String type) {
    String resource = "/cypher/" + name;
    try (InputStream in = BrowserFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath; rebuild kg");
      }
      // Users edit the style and guide; a cached copy would hide their edits.
      return Response.ok(in.readAllBytes(), type).header("Cache-Control", "no-cache").build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
