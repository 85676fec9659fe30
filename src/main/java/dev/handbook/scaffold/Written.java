package dev.handbook.scaffold;

import java.nio.file.Path;
import java.util.List;

/** What a scaffolding command wrote, and the files that were there already and kept. */
public record Written(List<Path> written, List<Path> kept) {}
