package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hydraguard.io.Inputs.messages;
import static org.hydraguard.io.Inputs.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Action;
import org.hydraguard.core.model.Attribution;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.EndUserRef;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.model.IndicatorType;
import org.hydraguard.core.model.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherRecordsTest {
    private static final Instant T = Instant.parse("2026-04-22T03:14:15.926Z");

    @TempDir
    Path dir;

    private <T> Inputs.Read<T> read(RecordReader<T> r, Rejects rejects) {
        return Inputs.drain(r, rejects);
    }

    @Test
    void aRepeatedAccountIsAnUpsertAndCountsAsAccepted() throws IOException {
        Path file = write(dir.resolve("a.jsonl"),
                "{\"account_id\":\"a1\",\"created_at\":\"2026-01-01T00:00:00Z\",\"tier\":\"free\",\"programs\":[\"education\"]}",
                "{\"account_id\":\"a1\",\"created_at\":\"2026-01-01T00:00:00Z\",\"tier\":\"scale\",\"verified\":true}",
                "{\"account_id\":\"a2\",\"created_at\":\"2026-01-01T00:00:00Z\",\"programs\":[\"x\",3]}",
                "{\"account_id\":\"a3\",\"created_at\":\"2026-01-01T00:00:00Z\",\"programs\":\"education\"}");
        var read = Inputs.accounts(file);
        assertThat(read.records()).extracting(Account::tier).containsExactly("free", "scale");
        assertThat(read.records().get(0).programs()).containsExactly("education");
        assertThat(messages(read)).containsExactly(
                "a.jsonl:3: field programs: expected an array of strings, found an element that is a number 3",
                "a.jsonl:4: field programs: expected an array of strings, found a string \"education\"");
        assertThat(read.counts()).hasToString("read 4, accepted 2, rejected 2, duplicates 0");
    }

    @Test
    void indicatorsNeedAKnownTypeAndConsistentValidity() throws IOException {
        Path file = write(dir.resolve("i.jsonl"),
                "{\"type\":\"ip\",\"value\":\"198.51.100.23\",\"actor\":\"lab-x\",\"confidence\":80,\"valid_from\":\"2026-04-01T00:00:00Z\"}",
                "{\"type\":\"phone\",\"value\":\"1\",\"actor\":\"lab-x\"}",
                "{\"type\":\"asn\",\"value\":\"64501\",\"actor\":\"lab-x\",\"confidence\":101}",
                "{\"type\":\"cidr\",\"value\":\"10.0.0.0/8\",\"actor\":\"lab-x\",\"valid_from\":\"2026-04-02T00:00:00Z\",\"valid_until\":\"2026-04-01T00:00:00Z\"}");
        Rejects rejects = Rejects.inMemory();
        var read = read(ContractReaders.indicators(List.of(file), rejects, ReadOptions.defaults()), rejects);
        assertThat(read.records()).containsExactly(new Indicator(IndicatorType.IP, "198.51.100.23", "lab-x", 80, null,
                Instant.parse("2026-04-01T00:00:00Z"), null));
        assertThat(messages(read)).containsExactly(
                "i.jsonl:2: field type: unknown indicator type 'phone'; expected one of ip, cidr, asn, email_domain, payment_fp, tls_fp, user_agent, prompt_template, account_id",
                "i.jsonl:3: field confidence: must be between 0 and 100, inclusive: 101",
                "i.jsonl:4: field valid_until: valid_until 2026-04-01T00:00:00Z is before valid_from 2026-04-02T00:00:00Z");
    }

    @Test
    void labelsMayNameAnEndUserAndNeedAnActor() throws IOException {
        Path file = dir.resolve("labels.jsonl");
        try (RecordWriter<Label> w = ContractWriters.labels(file)) {
            w.write(new Label("acct_1", "benign"));
            w.write(new Label("acct_2", "user_9", "campaign-7"));
        }
        assertThat(Files.readAllLines(file)).containsExactly(
                "{\"account_id\":\"acct_1\",\"actor\":\"benign\"}",
                "{\"account_id\":\"acct_2\",\"end_user_id\":\"user_9\",\"actor\":\"campaign-7\"}");
        Files.writeString(file, "{\"account_id\":\"acct_3\",\"actor\":\"\"}\n", java.nio.file.StandardOpenOption.APPEND);
        Rejects rejects = Rejects.inMemory();
        var read = read(ContractReaders.labels(List.of(file), rejects, ReadOptions.defaults()), rejects);
        assertThat(read.records()).containsExactly(new Label("acct_1", "benign"), new Label("acct_2", "user_9", "campaign-7"));
        assertThat(messages(read)).containsExactly("labels.jsonl:3: field actor: required but empty");
    }

    @Test
    void campaignsAndDecisionsSurviveWriteThenRead() throws IOException {
        Evidence ev = new Evidence("skeleton_lsh", 0.4, "412 accounts send prompts of one template", List.of("ex_1", "ex_2"));
        Campaign c = new Campaign("c-1", List.of("a1", "a2"), 2, 1000, 10, 20, T, T.plusSeconds(60),
                Map.of("software_engineering", 0.75, "agentic", 0.25), 0.9, List.of(ev),
                new Attribution("lab-x", 0.8, List.of(ev)), List.of(new EndUserRef("r1", "u1")));
        Campaign bare = new Campaign("c-2", List.of(), 0, 0, 0, 0, T, T, Map.of(), 0.1, List.of(), null, List.of());
        Decision d = new Decision("a1", Action.BLOCK, "c-1", 0.9, List.of("skeleton_lsh"), T, T.plusSeconds(3600), null);
        Decision du = new Decision("r1", Action.THROTTLE, null, 0.5, List.of(), T, null, "u1");
        Path cf = dir.resolve("campaigns.jsonl.gz");
        Path df = dir.resolve("decisions.jsonl");
        try (RecordWriter<Campaign> w = ContractWriters.campaigns(cf)) {
            w.write(c);
            w.write(bare);
        }
        try (RecordWriter<Decision> w = ContractWriters.decisions(df)) {
            w.write(d);
            w.write(du);
        }
        Rejects rejects = Rejects.inMemory();
        assertThat(read(ContractReaders.campaigns(List.of(cf), rejects, ReadOptions.defaults()), rejects).records())
                .containsExactly(c, bare);
        assertThat(read(ContractReaders.decisions(List.of(df), rejects, ReadOptions.defaults()), rejects).records())
                .containsExactly(d, du);
        assertThat(ContractJson.toJson(du)).isEqualTo("{\"account_id\":\"r1\",\"end_user_id\":\"u1\",\"action\":\"throttle\","
                + "\"score\":0.5,\"reasons\":[],\"decided_at\":\"2026-04-22T03:14:15.926Z\"}");
    }

    @Test
    void badNestedCampaignPartsNameTheirPath() throws IOException {
        Path file = write(dir.resolve("c.jsonl"), "{\"campaign_id\":\"c\",\"accounts\":[],\"account_count\":0,\"exchanges\":0,"
                + "\"input_tokens\":0,\"output_tokens\":0,\"first_seen\":\"2026-04-22T00:00:00Z\",\"last_seen\":\"2026-04-22T00:00:00Z\","
                + "\"score\":0.5,\"evidence\":[{\"signal\":\"s\",\"weight\":\"heavy\",\"detail\":\"d\"}]}");
        Rejects rejects = Rejects.inMemory();
        var read = read(ContractReaders.campaigns(List.of(file), rejects, ReadOptions.defaults()), rejects);
        assertThat(messages(read)).containsExactly("c.jsonl:1: field evidence[0].weight: expected a number, found STRING");
    }

    @Test
    void csvIsForExchangesAndAccountsOnly() {
        assertThatThrownBy(() -> ContractWriters.labels(dir.resolve("l.csv")))
                .hasMessageContaining("labels are JSON Lines only");
        assertThatThrownBy(() -> ContractReaders.labels(List.of(write(dir.resolve("l.csv"), "account_id,actor")),
                Rejects.inMemory(), ReadOptions.defaults()))
                .hasMessageEndingWith("labels are read from JSON Lines only (.jsonl or .jsonl.gz), not CSV");
    }

    @Test
    void rejectsFileHoldsOneJsonLinePerRejectAndIsOnlyCreatedWhenNeeded() throws IOException {
        Path out = dir.resolve("rejects.jsonl");
        try (Rejects clean = Rejects.toFile(out)) {
            assertThat(clean.file()).isEmpty();
        }
        assertThat(out).doesNotExist();
        Path in = write(dir.resolve("e.jsonl"), Inputs.exchange("a"), "{\"id\":1}");
        try (Rejects rejects = Rejects.toFile(out);
                RecordReader<?> r = ContractReaders.exchanges(List.of(in), rejects, ReadOptions.defaults())) {
            Inputs.drain(r, rejects);
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        var json = new ObjectMapper().readTree(lines.get(0));
        assertThat(json.get("file").asText()).isEqualTo(in.toString());
        assertThat(json.get("line").asLong()).isEqualTo(2);
        assertThat(json.get("field").asText()).isEqualTo("id");
        assertThat(json.get("reason").asText()).isEqualTo("expected a string, found a number 1");
        assertThat(json.get("record").asText()).isEqualTo("{\"id\":1}");
    }
}
