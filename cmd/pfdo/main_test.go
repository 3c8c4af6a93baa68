package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pfdo-go/pfdo/pfdo"
)

func runTool(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

const (
	validFile  = "../../testdata/program-valid.json"
	brokenFile = "../../testdata/program-broken.json"
)

func TestValidateCommand(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		contains []string
		lines    int // lines of stdout, when > 0
	}{
		{"valid program", []string{"validate", "program", validFile}, "", exitOK,
			[]string{validFile + ": документ вида «program» корректен"}, 1},
		{"broken program in Russian", []string{"validate", "program", brokenFile}, "", exitInvalid, []string{
			brokenFile + ": Уровень оснащения (modules[1].equipment_level): неизвестное значение; допустимы: high, medium, low, получено «space-grade»",
			brokenFile + ": Цена модуля (modules[0].price): сумма не может быть отрицательной, получено «-5962.00»",
			brokenFile + ": Наименование программы (name): обязательное поле не заполнено",
			brokenFile + ": найдено проблем: 9",
		}, 10},
		{"broken program in English", []string{"validate", "--lang", "en", "program", brokenFile}, "", exitInvalid, []string{
			brokenFile + ": modules[1].price: an amount has at most two decimals (kopecks) (got \"3400.555\")",
			brokenFile + ": problems found: 9",
		}, 10},
		{"flag after the arguments", []string{"validate", "program", brokenFile, "--lang=en"}, "", exitInvalid,
			[]string{"problems found: 9"}, 0},
		{"standard input", []string{"validate", "group", "-"}, `{"id":"g","module_id":"m","dates":{"start":"2018-01-01","end":"2017-01-01"},"capacity":3}`,
			exitInvalid, []string{"-: Дата начала (dates.start): значение должно быть не больше значения поля «дата окончания» (end), получено «2018-01-01»"}, 2},
		{"malformed JSON", []string{"validate", "group", "-"}, "{\"id\": ", exitInvalid,
			[]string{"-: документ не является корректным JSON (строка 1, позиция 7)"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runTool(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr %s", code, tt.code, errOut)
			}
			for _, want := range tt.contains {
				if !strings.Contains(out, want+"\n") {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			if got := strings.Count(out, "\n"); tt.lines > 0 && got != tt.lines {
				t.Errorf("%d lines, want %d:\n%s", got, tt.lines, out)
			}
		})
	}
}

func TestValidateJSONReport(t *testing.T) {
	code, out, _ := runTool(t, "", "validate", "program", brokenFile, "--format", "json", "--lang", "en")
	if code != exitInvalid {
		t.Fatalf("exit code %d", code)
	}
	var r struct {
		File     string `json:"file"`
		Valid    bool   `json:"valid"`
		Problems []struct {
			Code, Field, Value, Label, Message string
			RU                                 string `json:"message_ru"`
		} `json:"problems"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if r.Valid || r.File != brokenFile || len(r.Problems) != 9 {
		t.Fatalf("report %+v", r)
	}
	first := r.Problems[0]
	if first.Code != "enum.unknown" || first.Field != "modules[1].equipment_level" || first.Value != "space-grade" ||
		first.Label != "уровень оснащения" || !strings.HasPrefix(first.Message, "modules[1].equipment_level: unknown value") || first.RU == "" {
		t.Errorf("first problem %+v", first)
	}
	code, out, _ = runTool(t, "", "validate", "program", validFile, "--format", "json")
	if code != exitOK || !strings.Contains(out, `"valid": true`) || !strings.Contains(out, `"problems": []`) {
		t.Errorf("valid report: %d\n%s", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no command", nil, exitUsage, "usage:"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `неизвестная команда: "frobnicate"`},
		{"unknown kind", []string{"validate", "contract", validFile}, exitUsage, "неизвестный вид документа; известны: program, module"},
		{"missing file argument", []string{"validate", "program"}, exitUsage, "нужны вид документа и файл"},
		{"unknown flag", []string{"validate", "--colour", "red", "program", validFile}, exitUsage, "неизвестный флаг"},
		{"flag without value", []string{"validate", "program", validFile, "--lang"}, exitUsage, "флагу --lang нужно значение"},
		{"unknown language", []string{"--lang", "de", "kinds"}, exitUsage, "неизвестный язык"},
		{"bad format", []string{"--format", "xml", "kinds"}, exitUsage, "формат вывода"},
		{"missing file", []string{"validate", "program", "no-such-file.json"}, exitIO, "no-such-file.json"},
		{"schema of an unknown kind", []string{"schema", "contract"}, exitUsage, "неизвестный вид документа"},
		{"schema without a kind", []string{"schema"}, exitUsage, "нужен вид документа"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runTool(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tt.code, tt.stderr)
			}
		})
	}
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := runTool(t, "", "schema", "program")
	want, _ := pfdo.Schema("program")
	if code != exitOK || out != string(want) {
		t.Errorf("schema program: exit %d, output differs from pfdo.Schema", code)
	}
	dir := t.TempDir()
	code, out, _ = runTool(t, "", "schema", "module", "--out", dir)
	written, err := os.ReadFile(filepath.Join(dir, "module.json"))
	wantModule, _ := pfdo.Schema("module")
	if code != exitOK || err != nil || !bytes.Equal(written, wantModule) || !strings.Contains(out, "module.json") {
		t.Errorf("schema --out: exit %d, %v, output %q", code, err, out)
	}
	code, _, _ = runTool(t, "", "schema", "module", "--out", filepath.Join(dir, "missing", "dir"))
	if code != exitIO {
		t.Errorf("schema into a missing directory: exit %d, want %d", code, exitIO)
	}
}

func TestKindsCommand(t *testing.T) {
	code, out, _ := runTool(t, "", "kinds", "--lang", "en")
	if code != exitOK || !strings.Contains(out, "program        Educational program\n") || strings.Count(out, "\n") != len(documents()) {
		t.Errorf("kinds: exit %d\n%s", code, out)
	}
}

const (
	paramsFile  = "../../testdata/parameters-yakutsk.json"
	roboticFile = "../../testdata/program-robotics-yakutsk.json"
)

func TestCostCommand(t *testing.T) {
	code, out, errOut := runTool(t, "", "cost", paramsFile, roboticFile, "--municipality", "yakutsk", "--territory", "urban", "--date", "2017-10-01")
	if code != exitOK {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	// m1 is module A of norms' hand-computed vectors (14 733 ₽); m2 is module B costed urban.
	for _, want := range []string{"m1: нормативная стоимость 14 733,00 ₽, цена 14 000,00 ₽\n", "Нормативная стоимость модуля «Программирование роботов» (m2)",
		"Округление: до целых рублей, до ближайшего, половина — от нуля"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// With a price cap of 100 % the module priced above its cost is reported, and the exit code is 1.
	dir := t.TempDir()
	profile := pfdo.Profile2017()
	profile.PriceCapPercent = pfdo.MustParseRate("50")
	data, _ := json.Marshal(profile)
	profilePath := filepath.Join(dir, "profile.json")
	if err := os.WriteFile(profilePath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runTool(t, "", "cost", paramsFile, roboticFile, "--municipality=yakutsk", "--territory=urban", "--date=2017-10-01",
		"--profile", profilePath, "--format", "json", "--lang", "en")
	var r struct {
		Modules  []struct{ Module, NormativeCost string } `json:"modules"`
		Problems []struct{ Code, Field string }           `json:"problems"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if code != exitInvalid || len(r.Modules) != 2 || len(r.Problems) != 2 || r.Problems[0].Code != "norms.price_above_cap" || r.Problems[0].Field != "modules[0].price" {
		t.Errorf("exit %d, report %+v", code, r)
	}
}

func TestCostCommandErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
		stdout string
	}{
		{"missing flags", []string{"cost", paramsFile, roboticFile}, exitUsage, "нужны файлы параметров и программы", ""},
		{"bad territory", []string{"cost", paramsFile, roboticFile, "--territory", "suburb"}, exitUsage, "Поле --territory: неизвестное значение; допустимы: urban, rural", ""},
		{"bad date", []string{"cost", paramsFile, roboticFile, "--date", "2017-02-30"}, exitUsage, "Поле --date: такой даты нет в календаре", ""},
		{"program given as parameters", []string{"cost", roboticFile, roboticFile, "--municipality", "yakutsk", "--territory", "urban", "--date", "2017-10-01"},
			exitInvalid, "program-robotics-yakutsk.json: Поле direction: такого поля нет", ""},
		{"an unknown municipality", []string{"cost", paramsFile, roboticFile, "--municipality", "mirny", "--territory", "urban", "--date", "2017-10-01"},
			exitInvalid, "", "нет значения параметра ZP для территории «муниципальное образование «mirny», городская местность» на 01.10.2017"},
		{"missing parameter file", []string{"cost", "nope.json", roboticFile, "--municipality", "yakutsk", "--territory", "urban", "--date", "2017-10-01"},
			exitIO, "nope.json", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runTool(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.stderr) || !strings.Contains(out, tt.stdout) {
				t.Errorf("exit %d, stderr %q, stdout %q", code, errOut, out)
			}
		})
	}
}

func TestValidateNormsDocuments(t *testing.T) {
	code, out, _ := runTool(t, "", "validate", "parameter_set", paramsFile)
	if code != exitOK || !strings.Contains(out, "корректен") {
		t.Errorf("exit %d: %s", code, out)
	}
	code, out, _ = runTool(t, "", "schema", "programme")
	if code != exitOK || !strings.Contains(out, `"$id": "https://github.com/pfdo-go/pfdo/schemas/programme.json"`) {
		t.Errorf("schema programme: exit %d", code)
	}
}

func TestDemoCommand(t *testing.T) {
	code, out, errOut := runTool(t, "", "demo")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"== 1. Томская область", "01.10.2018: учёт в 20 МО, финансирование в 10 из 20 (50.00 %)",
		"== 2. Кабардино-Балкарская Республика", "Зольский район просрочил: 1.1, 1.5",
		"== 3. Нормативная стоимость модуля", "4. Нормативная стоимость модуля: 14 733,00 ₽",
		"== 4. Жизнь договора", "15.11 уведомление о расторжении", "== 5. Месяц платежей", "итого      договоров 4",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the demo lacks %q", want)
		}
	}
	if code, _, errOut := runTool(t, "", "demo", "extra"); code != exitOK || errOut != "" {
		t.Errorf("demo with an argument: %d %s", code, errOut)
	}
}

func TestQuoteCommand(t *testing.T) {
	code, out, _ := runTool(t, "", "quote", "../../testdata/quote-vector-a.json")
	if code != exitOK || !strings.Contains(out, "За счёт сертификата:     1 673,15 ₽ (364,67 ₽ + 654,24 ₽ × 2)") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	code, out, _ = runTool(t, "", "quote", "../../testdata/quote-vector-a.json", "--format", "json")
	var q struct {
		FundsCert string `json:"funds_cert"`
		M         int    `json:"m"`
	}
	if err := json.Unmarshal([]byte(out), &q); err != nil || code != exitOK || q.FundsCert != "1673.15" || q.M != 3 {
		t.Errorf("json: %d %v %+v", code, err, q)
	}
	code, _, errOut := runTool(t, `{"group":{"start":"2017-09-01","end":"2018-05-31"},"period":{"start":"2017-09-01","end":"2017-12-31"},"start":"2018-01-15","price":"1","normative_cost":"1","balance":"1"}`, "quote", "-")
	if code != exitInvalid || !strings.Contains(errOut, "дата начала договора вне периода финансирования") {
		t.Errorf("bad request: %d %s", code, errOut)
	}
	if code, _, _ := runTool(t, "", "quote"); code != exitUsage {
		t.Errorf("no file: %d", code)
	}
}

func TestScheduleCommand(t *testing.T) {
	const kbr, progress, rollout = "../../schedule/data/kbr-2020.json", "../../testdata/progress-kbr-2020.json", "../../schedule/data/tomsk-2018-rollout.json"
	code, out, _ := runTool(t, "", "schedule", "status", kbr, progress, "--date", "2020-07-15")
	if code != exitOK || !strings.Contains(out, "1.1   просрочено   с 01.05.2020 по 31.05.2020; просрочено: baksansky, zolsky") ||
		!strings.Contains(out, "1.2   выполнено") {
		t.Errorf("status: %d\n%s", code, out)
	}
	code, out, _ = runTool(t, "", "schedule", "rollout", rollout, "--date", "2018-10-01", "--lang", "en")
	if code != exitOK || !strings.Contains(out, "Город Кедровый                           accounting only") || !strings.Contains(out, "With personalized financing: 10 of 20 (50.00 %)") {
		t.Errorf("rollout: %d\n%s", code, out)
	}
	dir := t.TempDir()
	for _, src := range []string{kbr, rollout} {
		svg := filepath.Join(dir, filepath.Base(src)+".svg")
		code, _, errOut := runTool(t, "", "schedule", "gantt", src, "--date", "2020-07-15", "--out", svg)
		data, err := os.ReadFile(svg)
		if code != exitOK || err != nil || !strings.HasPrefix(string(data), "<svg") {
			t.Errorf("gantt %s: %d %v %s", src, code, err, errOut)
		}
	}
	for _, args := range [][]string{
		{"schedule", "status", kbr},
		{"schedule", "plan", kbr, "--date", "2020-07-15"},
		{"schedule", "gantt", kbr, "--date", "2020-07-15"},
	} {
		if code, _, _ := runTool(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if code, _, errOut := runTool(t, "", "schedule", "status", rollout, "--date", "2020-07-15"); code != exitInvalid || !strings.Contains(errOut, "такого поля нет") {
		t.Errorf("a rollout read as a roadmap: %d %s", code, errOut)
	}
}

func TestSimulateCommand(t *testing.T) {
	code, out, errOut := runTool(t, "", "simulate", "--certificates", "500", "--months", "12", "--seed", "7")
	if code != exitOK || !strings.Contains(out, "Инвариант «номинал = остаток + резерв + оплачено» выполняется") || !strings.Contains(errOut, "100%") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	// The same seed gives the same money.
	_, again, _ := runTool(t, "", "simulate", "--certificates", "500", "--months", "12", "--seed", "7")
	money := func(s string) string { return s[strings.Index(s, "Номиналы"):] }
	if money(out) != money(again) {
		t.Errorf("a seeded run is not reproducible:\n%s\n%s", money(out), money(again))
	}
	for _, args := range [][]string{{"simulate", "--certificates", "x"}, {"simulate", "--months", "13"}, {"simulate", "--speed", "1"}} {
		if code, _, _ := runTool(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}

func TestVectorsCommand(t *testing.T) {
	code, out, errOut := runTool(t, "", "vectors", "run")
	if code != exitOK || !strings.Contains(errOut, "vectors: 285 passed, 0 failed") || strings.Count(out, "PASS ") != 285 {
		t.Errorf("run: exit %d, %s", code, errOut)
	}
	code, out, _ = runTool(t, "", "vectors", "list", "../../testdata/vectors")
	if code != exitOK || !strings.Contains(out, "contract_quote (72)") || !strings.HasSuffix(out, "285 случаев\n") {
		t.Errorf("list: exit %d\n%s", code, out)
	}
	// A vector one kopeck off fails and the exit code says so.
	dir := t.TempDir()
	data, _ := os.ReadFile("../../testdata/vectors/payments.json")
	bad := strings.Replace(string(data), `"final": "490.68"`, `"final": "490.69"`, 1)
	if bad == string(data) {
		t.Fatal("the payments vector of 654.24 at 75 % is missing")
	}
	if err := os.WriteFile(filepath.Join(dir, "payments.json"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runTool(t, "", "vectors", "run", dir)
	if code != exitInvalid || !strings.Contains(errOut, "39 passed, 1 failed") || !strings.Contains(out, "FAIL payments / 654.24 at 75 %") {
		t.Errorf("a kopeck off: exit %d, %s\n%s", code, errOut, out)
	}
	for _, args := range [][]string{{"vectors"}, {"vectors", "check"}} {
		if code, _, _ := runTool(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if code, _, _ := runTool(t, "", "vectors", "run", t.TempDir()); code != exitIO {
		t.Errorf("an empty directory: exit %d", code)
	}
}
