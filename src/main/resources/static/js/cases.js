/*
 * Incident workspace: loads the timeline and the documents, and draws the case's BPMN diagrams with the
 * bundled bpmn-js viewer once the page is up (the page never waits for the engine). The models carry
 * their diagram interchange (bpmn/); one without it shows the "could not be loaded" message.
 */
(function () {
  'use strict';

  function button(label, text, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.title = label;
    b.addEventListener('click', action);
    return b;
  }

  /* Element names from the model itself, so elements inside collapsed sub-processes are named too. */
  function namesIn(definitions) {
    var names = new Map();
    var walk = function (container) {
      (container.flowElements || []).forEach(function (e) {
        names.set(e.id, e.name || e.id);
        walk(e);
      });
    };
    (definitions.rootElements || []).forEach(walk);
    return function (ids) { return ids.map(function (id) { return names.get(id) || id; }).join(', '); };
  }

  async function draw(host, diagram) {
    var texts = host.dataset;
    var figure = document.createElement('figure');
    figure.className = 'case-diagram';
    figure.dataset.processId = diagram.bpmnProcessId;
    var caption = document.createElement('figcaption');
    caption.textContent = texts.labelFigure.replace('{0}', diagram.bpmnProcessId).replace('{1}', diagram.processInstanceKey);
    var canvasBox = document.createElement('div');
    canvasBox.className = 'diagram-canvas';
    canvasBox.setAttribute('role', 'img');
    canvasBox.setAttribute('aria-label', caption.textContent);
    var tools = document.createElement('div');
    tools.className = 'diagram-tools';
    var summary = document.createElement('p');
    summary.className = 'diagram-state';
    figure.append(caption, tools, canvasBox, summary);
    host.appendChild(figure);

    var viewer = new window.BpmnJS({ container: canvasBox });
    await viewer.importXML(diagram.xml);
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    canvas.zoom('fit-viewport');
    var mark = function (ids, marker) {
      ids.forEach(function (id) {
        var element = registry.get(id);
        if (!element) { return; }
        canvas.addMarker(id, marker);
        if (element.children && element.children.length) { canvas.addMarker(id, 'bf-container'); }
      });
    };
    mark(diagram.completed, 'bf-completed');
    mark(diagram.active, 'bf-active');
    mark(diagram.incidents, 'bf-incident');
    tools.append(
      button(texts.zoomIn, '+', function () { canvas.zoom(canvas.zoom() * 1.25); }),
      button(texts.zoomOut, '−', function () { canvas.zoom(canvas.zoom() / 1.25); }),
      button(texts.fit, '⤢', function () { canvas.zoom('fit-viewport'); }));
    var lines = [];
    var namesOf = namesIn(viewer.getDefinitions());
    if (diagram.active.length) { lines.push(texts.labelActive + ' ' + namesOf(diagram.active)); }
    if (diagram.incidents.length) { lines.push(texts.labelIncident + ' ' + namesOf(diagram.incidents)); }
    summary.textContent = lines.join(' · ');
    figure.dataset.state = 'rendered';
  }

  async function drawDiagrams(host) {
    var status = host.querySelector('p');
    try {
      var response = await fetch(host.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      var diagrams = await response.json();
      if (!diagrams.length) {
        status.textContent = host.dataset.empty;
        host.dataset.state = 'empty';
        return;
      }
      status.remove();
      for (var i = 0; i < diagrams.length; i++) { await draw(host, diagrams[i]); }
      host.dataset.state = 'rendered';
    } catch (e) {
      var message = host.querySelector('p') || host.appendChild(document.createElement('p'));
      message.className = 'notice notice-error';
      message.textContent = host.dataset.failed;
      host.dataset.state = 'failed';
      if (window.console) { window.console.error('Case diagram failed', e); }
    }
  }

  /* Copies a full content hash; the page shows it shortened. */
  function copyHashes(box) {
    box.querySelectorAll('button.copy[data-copy]').forEach(function (b) {
      b.addEventListener('click', function () {
        if (navigator.clipboard) { navigator.clipboard.writeText(b.dataset.copy); }
      });
    });
  }

  /* A section rendered on the server after the page: the timeline and the documents. */
  async function loadSection(box) {
    try {
      var response = await fetch(box.dataset.src, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      box.innerHTML = await response.text();
      copyHashes(box);
      box.dataset.state = 'loaded';
    } catch (e) {
      box.innerHTML = '';
      var message = box.appendChild(document.createElement('p'));
      message.className = 'notice notice-error';
      message.textContent = box.dataset.failed;
      box.dataset.state = 'failed';
    }
  }

  var timeline = document.getElementById('case-timeline');
  if (timeline) { loadSection(timeline); }
  var documents = document.getElementById('case-documents');
  if (documents) { loadSection(documents); }
  var host = document.getElementById('case-diagrams');
  if (host && window.BpmnJS) {
    drawDiagrams(host);
  } else if (host) {
    host.dataset.state = 'failed';
    host.querySelector('p').textContent = host.dataset.failed;
  }
}());
