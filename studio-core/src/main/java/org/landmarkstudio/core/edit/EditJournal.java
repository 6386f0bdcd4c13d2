package org.landmarkstudio.core.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.landmarkstudio.core.dataset.Problem;

/**
 * An append-only file of JSON lines recording every edit of a session the moment it is made,
 * so that no edit is lost when the studio or the machine dies before the dataset is saved.
 *
 * <p>The first line is the header ({@link JournalHeader}):
 * <pre>{"journal":"landmark-studio-edits","version":1,"session":"…","dataset":"/abs/list.txt",
 * "format":"wflw","size":98304,"sha256":"…"}</pre>
 * then one line per entry ({@link JournalEntry}):
 * <pre>{"seq":1,"op":"do","edit":{"type":"pose","sample":3,"description":"Set pose","before":null,
 * "after":{"yaw":12.5,"pitch":-3.0,"roll":1.25,"source":"ANNOTATOR"}}}
 * {"seq":2,"op":"saved","size":98311,"sha256":"…"}</pre>
 * Edits are written whole (before and after values, see {@link EditCodec}), so an "undo" or
 * "redo" line is meaningful on its own.
 *
 * <p><b>Durability.</b> {@link #append} writes the line and forces it to the disk
 * ({@link FileChannel#force}) before it returns: once the screen shows an edit as done, the
 * edit survives a crash of the process or of the machine.
 *
 * <p><b>Damage.</b> {@link #read} keeps every complete entry. A last line cut short by a crash
 * mid-write is reported as a {@link Problem} at its line and dropped. A damaged line anywhere
 * else is reported at its line too, and reading stops there: the entries after it describe
 * edits made on a state the journal no longer proves, so they are not replayed.
 */
public final class EditJournal implements AutoCloseable {

    /** The journal format version written in the header. */
    public static final int VERSION = 1;

    private static final String MAGIC = "landmark-studio-edits";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final JournalHeader header;
    private final FileChannel channel;
    private long seq;

    private EditJournal(Path file, JournalHeader header, FileChannel channel) {
        this.file = file;
        this.header = header;
        this.channel = channel;
    }

    /**
     * Starts a new journal at {@code file} holding only {@code header}, replacing any journal
     * there atomically (the header is written to a temporary file, forced, then renamed).
     */
    public static EditJournal create(Path file, JournalHeader header) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                writeFully(out, line(encodeHeader(header)));
                out.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        forceFolder(target.getParent());
        return new EditJournal(target, header, FileChannel.open(target, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
    }

    public Path file() {
        return file;
    }

    public JournalHeader header() {
        return header;
    }

    /** Appends a do, undo or redo of {@code edit}; returns when the line is on the disk. */
    public synchronized JournalEntry append(JournalOp op, Edit edit) throws IOException {
        JournalEntry entry = new JournalEntry(seq + 1, op, edit, null);
        write(entry);
        return entry;
    }

    /** Appends a "saved" marker with the dataset's new fingerprint; returns when it is on the disk. */
    public synchronized JournalEntry appendSaved(DatasetFingerprint fingerprint) throws IOException {
        JournalEntry entry = new JournalEntry(seq + 1, JournalOp.SAVED, null, fingerprint);
        write(entry);
        return entry;
    }

    private void write(JournalEntry entry) throws IOException {
        writeFully(channel, line(encodeEntry(entry)));
        channel.force(true);
        seq = entry.seq();
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /**
     * Reads a journal, keeping every complete entry; damaged lines become problems (see the
     * class documentation for where reading stops).
     */
    public static JournalContents read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<JournalEntry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        JournalHeader header = null;
        int start = 0;
        int number = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            start = end + 1;
            try {
                JsonNode node = parse(text);
                if (number == 1) {
                    header = decodeHeader(node);
                } else {
                    entries.add(decodeEntry(node));
                }
            } catch (MalformedEntryException e) {
                String what = number == 1 ? "the journal header" : "a journal entry";
                if (end >= bytes.length) {
                    problems.add(Problem.atLine(file, number, "incomplete last line (the studio stopped while "
                            + "writing it), dropped: " + e.getMessage()));
                } else {
                    problems.add(Problem.atLine(file, number, "damaged line, expected " + what + ": "
                            + e.getMessage() + "; entries from here on are not replayed"));
                }
                break;
            }
        }
        if (number == 0) {
            problems.add(Problem.ofFile(file, "empty journal, expected a header line"));
        }
        return new JournalContents(file, header, entries, problems);
    }

    private static JsonNode parse(String text) throws MalformedEntryException {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new MalformedEntryException("expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedEntryException("not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static ObjectNode encodeHeader(JournalHeader header) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("journal", MAGIC);
        node.put("version", header.version());
        node.put("session", header.session());
        node.put("dataset", header.dataset().toString());
        node.put("format", header.format());
        node.put("size", header.fingerprint().size());
        node.put("sha256", header.fingerprint().sha256());
        return node;
    }

    private static JournalHeader decodeHeader(JsonNode node) throws MalformedEntryException {
        if (!MAGIC.equals(node.path("journal").asText())) {
            throw new MalformedEntryException("expected \"journal\":\"" + MAGIC + "\"");
        }
        int version = EditCodec.integer(node, "version");
        if (version != VERSION) {
            throw new MalformedEntryException("journal version " + version + ", this studio reads version " + VERSION);
        }
        return new JournalHeader(version, EditCodec.text(node, "session"), Path.of(EditCodec.text(node, "dataset")),
                EditCodec.text(node, "format"), fingerprint(node));
    }

    private static ObjectNode encodeEntry(JournalEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("seq", entry.seq());
        node.put("op", entry.op().key());
        if (entry.op() == JournalOp.SAVED) {
            node.put("size", entry.saved().size());
            node.put("sha256", entry.saved().sha256());
        } else {
            node.set("edit", EditCodec.encode(entry.edit()));
        }
        return node;
    }

    private static JournalEntry decodeEntry(JsonNode node) throws MalformedEntryException {
        long seq = EditCodec.longInteger(node, "seq");
        String key = EditCodec.text(node, "op");
        JournalOp op = JournalOp.byKey(key);
        if (op == null) {
            throw new MalformedEntryException("unknown op \"" + key + "\"; expected do, undo, redo or saved");
        }
        if (op == JournalOp.SAVED) {
            return new JournalEntry(seq, op, null, fingerprint(node));
        }
        try {
            return new JournalEntry(seq, op, EditCodec.decode(node.get("edit")), null);
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException(e.getMessage());
        }
    }

    private static DatasetFingerprint fingerprint(JsonNode node) throws MalformedEntryException {
        return new DatasetFingerprint(EditCodec.longInteger(node, "size"), EditCodec.text(node, "sha256"));
    }

    private static ByteBuffer line(ObjectNode node) {
        try {
            return ByteBuffer.wrap((MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Makes the rename of a new journal durable; file systems that cannot sync a folder are left as they are. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // The journal file itself is forced; only the rename may be lost, leaving the previous journal.
        }
    }
}
