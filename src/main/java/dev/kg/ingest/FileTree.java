package dev.kg.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The files below a directory, in path order, with each folder below it that could not be listed in
 * its place: one locked folder costs its own files, never its siblings'. Files of every type are
 * listed, so the reader can name those it does not read instead of dropping them unseen.
 *
 * <p>Hidden entries (names starting with a dot) are skipped, except the root itself. Links to folders
 * are not followed, so a link pointing back up the tree cannot make the walk go round; such a link is
 * listed as a file.
 *
 * <pre>{@code
 * for (FileTree.Entry entry : FileTree.walk(Path.of("articles"), FileTree.FILE_SYSTEM)) {
 *   if (entry.failed()) {
 *     warn(entry.path() + ": " + entry.failure());   // a folder that could not be listed
 *   } else {
 *     read(entry.path());
 *   }
 * }
 * }</pre>
 */
final class FileTree {

  /** What a directory holds. A seam, so a test can make one folder unreadable even when run as root. */
  @FunctionalInterface
  interface Listing {
    List<Path> entries(Path directory) throws IOException;
  }

  /** The real file system. */
  static final Listing FILE_SYSTEM =
      directory -> {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
          stream.forEach(entries::add);
        } catch (DirectoryIteratorException e) {
          throw e.getCause();
        }
        return entries;
      };

  /** A file, or a folder that could not be listed and why. */
  record Entry(Path path, IOException failure) {

    Entry {
      Objects.requireNonNull(path, "path");
    }

    boolean failed() {
      return failure != null;
    }
  }

  private FileTree() {}

  /** The entries below {@code root}, in path order; the root's own failure is its only entry. */
  static List<Entry> walk(Path root, Listing listing) {
    List<Entry> entries = new ArrayList<>();
    visit(root, listing, entries);
    entries.sort(Comparator.comparing(Entry::path));
    return entries;
  }

  private static void visit(Path directory, Listing listing, List<Entry> found) {
    List<Path> children;
    try {
      children = listing.entries(directory);
    } catch (IOException e) {
      found.add(new Entry(directory, e));
      return;
    }
    for (Path child : children) {
      if (child.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        visit(child, listing, found);
      } else {
        found.add(new Entry(child, null));
      }
    }
  }
}
