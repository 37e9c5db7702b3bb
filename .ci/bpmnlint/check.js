// Model checks for CI (.ci/run): every BPMN file in bpmn/ is linted with bpmnlint's recommended rules and
// Camunda 8.8 compatibility (zeebe:* understood through zeebe-bpmn-moddle), each file on its own linter so
// one model's ids never leak into another's; every element template validates against Camunda's
// element-template JSON schema. Exit code 1 on any error or warning.
const fs = require('fs');
const path = require('path');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const BpmnModdle = require('bpmn-moddle').default || require('bpmn-moddle');
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');
const { validateAllZeebe } = require('@bpmn-io/element-templates-validator');

const root = path.resolve(__dirname, '..', '..');
const modelDir = path.join(root, 'bpmn');
const templateDir = path.join(modelDir, 'element-templates');

async function lintModels() {
  let failures = 0;
  const files = fs.readdirSync(modelDir).filter(f => f.endsWith('.bpmn')).sort();
  for (const file of files) {
    const linter = new Linter({
      config: { extends: ['bpmnlint:recommended', 'plugin:camunda-compat/camunda-cloud-8-8'] },
      resolver: new NodeResolver({ require })
    });
    const moddle = new BpmnModdle({ zeebe });
    const { rootElement, warnings } = await moddle.fromXML(fs.readFileSync(path.join(modelDir, file), 'utf8'));
    for (const warning of warnings) {
      failures++;
      console.log(`${file}: import warning: ${warning.message}`);
    }
    const results = await linter.lint(rootElement);
    for (const [rule, reports] of Object.entries(results)) {
      for (const report of reports) {
        failures++;
        console.log(`${file}: ${report.category} ${rule} ${report.id || ''} ${report.message}`);
      }
    }
  }
  console.log(`bpmnlint: ${files.length} models, ${failures} problems`);
  return failures;
}

function validateTemplates() {
  let failures = 0;
  const files = fs.existsSync(templateDir) ? fs.readdirSync(templateDir).filter(f => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    const templates = JSON.parse(fs.readFileSync(path.join(templateDir, file), 'utf8'));
    const { valid, results } = validateAllZeebe(Array.isArray(templates) ? templates : [templates]);
    if (!valid) {
      for (const result of results.filter(r => !r.valid)) {
        for (const error of result.errors) {
          failures++;
          console.log(`${file}: template ${result.object && result.object.id}: ${error.message}`);
        }
      }
    }
  }
  console.log(`element templates: ${files.length} files, ${failures} problems`);
  return failures;
}

(async () => {
  const failures = await lintModels() + validateTemplates();
  process.exit(failures === 0 ? 0 : 1);
})().catch(error => {
  console.error(error);
  process.exit(1);
});
