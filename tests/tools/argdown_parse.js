// Parse Argdown from stdin with @argdown/core and print what it built, as JSON (used by tests/test_export.py).
const core = require("@argdown/core");
// @argdown/core exports the application class; build the parse + model pipeline ourselves.
const argdown = new core.ArgdownApplication();
argdown.addPlugin(new core.ParserPlugin(), "parse-input");
argdown.addPlugin(new core.ModelPlugin(), "build-model");
const fs = require("fs");
const input = fs.readFileSync(0, "utf8");
const r = argdown.run({ input, process: ["parse-input", "build-model"] });
const out = {
  lexerErrors: (r.lexerErrors || []).map(e => e.message),
  parserErrors: (r.parserErrors || []).map(e => e.message),
  statements: Object.fromEntries(Object.entries(r.statements || {}).map(([k, s]) => [k, s.members.map(m => m.text)])),
  arguments: Object.keys(r.arguments || {}),
  relations: (r.relations || []).map(x => [x.from.title, x.relationType, x.to.title]),
};
console.log(JSON.stringify(out));
