#!/usr/bin/env node
'use strict';
// Offline syntax gate for Bicep. No Bicep compiler can be installed where CI runs, so this parses
// every .bicep file with the tree-sitter grammar and fails on any ERROR or MISSING node.
// It checks syntax only: types, scopes and API shapes are checked by `az bicep build` in the
// deployment pipeline, and by the rule tests in tests/ReplOrchestrator.Infra.Tests.
//
// Usage: node tools/bicep-lint/lint.js [DIR_OR_FILE ...]   (default: <repo>/infra)
// Exit:  0 all files parse; 1 a file has a syntax problem; 2 nothing to check or bad arguments.

const fs = require('node:fs');
const path = require('node:path');
const Parser = require('tree-sitter');
const Bicep = require('tree-sitter-bicep');

const repoRoot = path.resolve(__dirname, '..', '..');
const chunkSize = 16 * 1024;

function collect(target, files) {
  const stat = fs.statSync(target);
  if (stat.isFile()) {
    if (target.endsWith('.bicep')) files.push(target);
    return;
  }
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    collect(path.join(target, entry.name), files);
  }
}

function snippet(text) {
  const line = text.split('\n', 1)[0].trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

// Outermost ERROR nodes only (their insides are noise); MISSING nodes wherever they are.
function problemsIn(node, found) {
  if (node.type === 'ERROR') {
    found.push({ at: node.startPosition, message: `syntax error at '${snippet(node.text)}'` });
    return;
  }
  if (node.isMissing) {
    found.push({ at: node.startPosition, message: `missing ${node.type}` });
    return;
  }
  for (const child of node.children) problemsIn(child, found);
}

function lintFile(parser, file) {
  const source = fs.readFileSync(file, 'utf8');
  // The callback form: the string form of parse() rejects inputs above 32 KiB.
  const tree = parser.parse((index) => source.slice(index, index + chunkSize));
  const found = [];
  if (tree.rootNode.hasError) problemsIn(tree.rootNode, found);
  return found;
}

function main(args) {
  const targets = args.length > 0 ? args.map((a) => path.resolve(a)) : [path.join(repoRoot, 'infra')];
  const files = [];
  for (const target of targets) {
    if (!fs.existsSync(target)) {
      console.error(`bicep-lint: no such file or directory: ${target}`);
      return 2;
    }
    collect(target, files);
  }
  if (files.length === 0) {
    console.error(`bicep-lint: no .bicep files under ${targets.join(', ')}`);
    return 2;
  }

  const parser = new Parser();
  parser.setLanguage(Bicep);
  let problems = 0;
  for (const file of files.sort()) {
    const relative = path.relative(process.cwd(), file);
    const shown = relative && !relative.startsWith('..') ? relative : file;
    for (const p of lintFile(parser, file)) {
      problems += 1;
      console.error(`${shown}:${p.at.row + 1}:${p.at.column + 1}: ${p.message}`);
    }
  }
  console.log(`bicep-lint: ${files.length} file(s), ${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
