package io.compliancescorecard.cli.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.error.ExitCodes;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The profiles file `config.json` in the configuration directory. It may hold tokens and client
 * secrets, so it is created with mode 0600 (its directory 0700) and replaced atomically: a crash
 * mid-write leaves the old file, never a half-written one or a moment with wider permissions.
 */
public final class ConfigStore {

  private static final String FILE_NAME = "config.json";
  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR =
      PosixFilePermissions.fromString("rwx------");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;

  public ConfigStore(Path dir) {
    this.dir = dir;
  }

  public Path file() {
    return dir.resolve(FILE_NAME);
  }

  /** Profile name -> key -> value; empty when there is no file yet. */
  public Map<String, Map<String, String>> load() {
    Path file = file();
    if (!Files.exists(file)) {
      return new TreeMap<>();
    }
    try {
      ConfigFile parsed = MAPPER.readValue(file.toFile(), new TypeReference<ConfigFile>() {});
      Map<String, Map<String, String>> profiles = new TreeMap<>();
      if (parsed.profiles != null) {
        parsed.profiles.forEach((name, values) -> profiles.put(name, new TreeMap<>(values)));
      }
      return profiles;
    } catch (IOException e) {
      throw new CliException(ExitCodes.ERROR, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes all profiles to a private temporary file and moves it over the old one. */
  public void save(Map<String, Map<String, String>> profiles) {
    try {
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      if (!Files.isDirectory(dir)) {
        if (posix) {
          Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        } else {
          Files.createDirectories(dir);
        }
      }
      FileAttribute<?>[] attributes =
          posix
              ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
              : new FileAttribute<?>[0];
      Path temp = Files.createTempFile(dir, ".config-", ".tmp", attributes);
      try {
        ConfigFile content = new ConfigFile();
        content.profiles = profiles;
        MAPPER.writeValue(temp.toFile(), content);
        try {
          Files.move(
              temp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new CliException(ExitCodes.ERROR, "cannot write " + file() + ": " + e.getMessage(), e);
    }
  }

  /** The file's JSON shape: `{"profiles": {"default": {"env": "mock"}}}`. */
  static final class ConfigFile {
    public Map<String, Map<String, String>> profiles;
  }
}
