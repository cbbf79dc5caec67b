package org.pushbox.conformance.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pushbox.protocol.wbxml.WbxmlElement;
import org.pushbox.protocol.xml.WbxmlXml;

/** The .eas format: steps, request lines, expectations, paths, patterns and placeholders. */
class ScriptParserTest {

    static final String SCRIPT = """
            # a comment
            versions 14.1 16.1
            device phone id=iPhone{run} type=iPhone agent="Apple iPhone/1.0" version={version}
            include part.part device=phone

            post phone FolderSync as first without DeviceId
              query ItemId=5
              header X-Test: yes
              <FolderSync xmlns="FolderHierarchy">
                <SyncKey>{key}</SyncKey>
              </FolderSync>
            expect 200
              header Content-Type: *
              header X-Absent absent
              FolderSync/Changes/Add[DisplayName=A = B]/ServerId = {capture:id}
              count FolderSync/Changes/Add = 2
              absent FolderSync/Changes/Delete
              body empty
              same-body-as first

            post phone Ping async as held
              body hex 03 01 6a 00
            pending held
            await held
            expect 200
            """;

    static Script parse(String text) {
        return ScriptParser.parse("test.eas", text, path -> {
            assertThat(path).isEqualTo("part.part");
            return "policykey {device} 7\n";
        });
    }

    @Test
    void readsEveryKindOfStep() {
        Script script = parse(SCRIPT);
        assertThat(script.versions()).containsExactly("14.1", "16.1");
        List<Step> steps = script.steps();
        assertThat(steps).hasSize(6);

        Step.DefineDevice device = (Step.DefineDevice) steps.get(0);
        assertThat(device.attributes()).containsEntry("agent", "Apple iPhone/1.0").containsEntry("id", "iPhone{run}");

        Step.Include include = (Step.Include) steps.get(1);
        assertThat(include.bindings()).isEqualTo(Map.of("device", "phone"));
        assertThat(include.script().steps()).containsExactly(new Step.SetPolicyKey(1, "{device}", "7"));

        Step.Send post = (Step.Send) steps.get(2);
        assertThat(post.line()).isEqualTo(6);
        assertThat(post.command()).isEqualTo("FolderSync");
        assertThat(post.options()).isEqualTo(new Step.Options(false, false, "first", List.of("DeviceId")));
        assertThat(post.parameters()).containsExactly(Map.entry("ItemId", "5"));
        assertThat(post.headers()).containsExactly(Map.entry("X-Test", "yes"));
        assertThat(post.body().kind()).isEqualTo(Step.RequestBody.Kind.XML);
        assertThat(post.body().text()).contains("<SyncKey>{key}</SyncKey>");
        assertThat(post.expect().checks()).extracting(Step.Check::expectation).containsExactly(
                new Expectation.HttpStatus(200),
                new Expectation.Header("Content-Type", ValuePattern.parse("*")),
                new Expectation.Header("X-Absent", null),
                new Expectation.Value(TreePath.parse("FolderSync/Changes/Add[DisplayName=A = B]/ServerId"),
                        new ValuePattern(ValuePattern.Kind.CAPTURE, "id")),
                new Expectation.Count(TreePath.parse("FolderSync/Changes/Add"), 2),
                new Expectation.Count(TreePath.parse("FolderSync/Changes/Delete"), 0),
                new Expectation.EmptyBody(),
                new Expectation.SameBodyAs("first"));
        assertThat(post.expect().checks().get(3).line()).isEqualTo(15);

        Step.Send ping = (Step.Send) steps.get(3);
        assertThat(ping.options().async()).isTrue();
        assertThat(ping.expect()).isNull();
        assertThat(ping.body()).isEqualTo(new Step.RequestBody(Step.RequestBody.Kind.HEX, "03 01 6a 00"));
        assertThat(steps.get(4)).isEqualTo(new Step.Pending(23, "held"));
        assertThat(((Step.Await) steps.get(5)).expect().checks()).hasSize(1);
    }

    @Test
    void mistakesNameTheFileAndLine() {
        assertThatThrownBy(() -> parse("device d id=1 type=t\npost d FolderSync\n")).isInstanceOf(ScriptException.class)
                .hasMessage("test.eas: line 2: the step needs an 'expect STATUS' block after it");
        assertThatThrownBy(() -> parse("post d Ping async\nexpect 200\n"))
                .hasMessageContaining("line 1: an async request needs 'as LABEL'");
        assertThatThrownBy(() -> parse("frobnicate\n")).hasMessageContaining("line 1: expected a step keyword");
        assertThatThrownBy(() -> parse("options d\nexpect 200\n  FolderSync/Status 1\n"))
                .hasMessageContaining("line 3: an expectation is");
        assertThatThrownBy(() -> parse("options d\nexpect 200\n  count A = many\n")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> parse("device d agent=\"open\n")).hasMessageContaining("unclosed quote");
    }

    static WbxmlElement tree(String xml) throws Exception {
        return WbxmlXml.fromXml(xml);
    }

    @Test
    void pathsSelectByNamePrefixChildValueAndIndex() throws Exception {
        WbxmlElement root = tree("""
                <Provision xmlns="Provision" xmlns:settings="Settings">
                  <settings:DeviceInformation><settings:Status>1</settings:Status></settings:DeviceInformation>
                  <Status>2</Status>
                  <Policies>
                    <Policy><PolicyType>A</PolicyType><Status>3</Status></Policy>
                    <Policy><PolicyType>B c</PolicyType><Status>4</Status></Policy>
                  </Policies>
                </Provision>""");
        Bindings b = new Bindings();
        b.bind("kind", "B c");
        assertThat(values("Provision/Status", root, b)).containsExactly("2");
        assertThat(values("Provision/settings:DeviceInformation/Status", root, b)).containsExactly("1");
        assertThat(values("Provision/Settings:DeviceInformation/Status", root, b)).containsExactly("1");
        assertThat(values("Provision/provision:DeviceInformation/Status", root, b)).isEmpty();
        assertThat(values("Provision/Policies/Policy/Status", root, b)).containsExactly("3", "4");
        assertThat(values("Provision/Policies/Policy[PolicyType={kind}]/Status", root, b)).containsExactly("4");
        assertThat(values("Provision/Policies/Policy[2]/Status", root, b)).containsExactly("4");
        assertThat(values("Provision/Policies/Policy[3]/Status", root, b)).isEmpty();
        assertThat(values("Sync/Status", root, b)).isEmpty();
        assertThatThrownBy(() -> TreePath.parse("A/B[0]")).hasMessageContaining("from 1");
        assertThatThrownBy(() -> TreePath.parse("A/B[x")).hasMessageContaining("unbalanced");
    }

    static List<String> values(String path, WbxmlElement root, Bindings b) {
        return TreePath.parse(path).select(root, b).stream().map(TreePath::value).toList();
    }

    @Test
    void patternsMatchAnythingCaptureOrCompareAfterSubstitution() {
        Bindings b = new Bindings();
        b.bind("run", "x1");
        assertThat(ValuePattern.parse("*").mismatch("whatever", b)).isNull();
        assertThat(ValuePattern.parse("{capture:key}").mismatch("42", b)).isNull();
        assertThat(b.get("key")).hasValue("42");
        assertThat(ValuePattern.parse("Projects {run}").mismatch("Projects x1", b)).isNull();
        assertThat(ValuePattern.parse("Projects {run}").mismatch("Projects x2", b)).isEqualTo("\"Projects x1\"");
        assertThat(b.substitute("{5d2e}3 {key} {run}")).isEqualTo("{5d2e}3 42 x1");
        assertThatThrownBy(() -> b.substitute("{missing}")).hasMessageContaining("{missing}");
    }
}
