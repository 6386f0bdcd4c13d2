/**
 * The {@code ./studio} command line (picocli).
 *
 * <p>Conventions: every data-producing subcommand takes {@code --json} and then prints one JSON
 * document on stdout; exit codes are 0 done, 1 bad input (a message naming the file and line),
 * 2 usage error, 3 internal failure. Commands that take datasets accept one or more paths with
 * the same {@code --format}, {@code --images} and {@code --strict} options
 * ({@link org.landmarkstudio.app.cli.DatasetInputs}).
 */
package org.landmarkstudio.app.cli;
