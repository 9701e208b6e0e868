package dev.kg.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BrowserFilesTest {

  @Test
  void shouldTellBrowserToFetchTheStyleAndGuideFromTheServerItConnectedTo() {
    // when
    String command = BrowserFiles.postConnectCommand(URI.create("http://127.0.0.1:7474/"));

    // then
    assertThat(command)
        .isEqualTo("style http://127.0.0.1:7474/kg/style.grass; guide http://127.0.0.1:7474/kg/guide.html");
  }
}
