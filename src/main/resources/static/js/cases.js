/*
 * Incident list and workspace: keeps countdowns running, and draws the case's BPMN diagrams with the
 * bundled bpmn-js viewer once the page is up (the page never waits for the engine). Models deployed
 * without diagram interchange get a simple left-to-right layout here, so every case has a picture.
 */
(function () {
  'use strict';

  function tickCountdowns() {
    var now = Date.now();
    document.querySelectorAll('.countdown[data-due]').forEach(function (badge) {
      var left = Date.parse(badge.dataset.due) - now;
      var overdue = left < 0;
      var minutes = Math.floor(Math.abs(left) / 60000);
      var text = (overdue ? badge.dataset.over : badge.dataset.left)
        .replace('%d', Math.floor(minutes / 1440))
        .replace('%h', Math.floor(minutes / 60) % 24)
        .replace('%m', minutes % 60);
      badge.textContent = text;
      badge.classList.remove('on-track', 'at-risk', 'overdue');
      badge.classList.add(overdue ? 'overdue' : left <= 86400000 ? 'at-risk' : 'on-track');
    });
  }

  var SIZES = { task: [100, 80], event: [36, 36], gateway: [50, 50] };
  var GAP_X = 60, GAP_Y = 50, PAD = 30;

  function sizeOf(node) {
    if (/Event$/.test(node.$type)) { return SIZES.event; }
    if (/Gateway$/.test(node.$type)) { return SIZES.gateway; }
    return SIZES.task;
  }

  function elementsOf(container, type) {
    return (container.flowElements || []).filter(function (e) { return e.$instanceOf(type); });
  }

  /* Longest-path layers from the start nodes; flows going back (loops) do not push nodes right. */
  function layers(nodes, flows) {
    var out = new Map(nodes.map(function (n) { return [n, []]; }));
    flows.forEach(function (f) {
      var from = f.sourceRef.$instanceOf('bpmn:BoundaryEvent') ? f.sourceRef.attachedToRef : f.sourceRef;
      if (out.has(from) && out.has(f.targetRef)) { out.get(from).push(f.targetRef); }
    });
    var seen = new Set(), order = [];
    var visit = function (n) {
      seen.add(n);
      out.get(n).forEach(function (t) { if (!seen.has(t)) { visit(t); } });
      order.unshift(n);
    };
    nodes.filter(function (n) { return !(n.incoming || []).length; }).concat(nodes)
      .forEach(function (n) { if (!seen.has(n)) { visit(n); } });
    var index = new Map(order.map(function (n, i) { return [n, i]; }));
    var layer = new Map();
    order.forEach(function (n) {
      if (!layer.has(n)) { layer.set(n, 0); }
      out.get(n).forEach(function (t) {
        if (index.get(t) > index.get(n)) { layer.set(t, Math.max(layer.get(t) || 0, layer.get(n) + 1)); }
      });
    });
    return { order: order, layer: layer };
  }

  /* Lays out one process or sub-process; returns its size and a function placing everything at (x, y). */
  function layoutContainer(container, bounds) {
    var all = elementsOf(container, 'bpmn:FlowNode').filter(function (n) { return !n.$instanceOf('bpmn:BoundaryEvent'); });
    var main = all.filter(function (n) { return !n.triggeredByEvent; });
    var eventSubs = all.filter(function (n) { return n.triggeredByEvent; });
    var inner = new Map(), size = new Map();
    all.forEach(function (n) {
      if (n.$instanceOf('bpmn:SubProcess') && (n.flowElements || []).length) {
        var sub = layoutContainer(n, bounds);
        inner.set(n, sub);
        size.set(n, [sub.width + 2 * PAD, sub.height + 2 * PAD]);
      } else {
        size.set(n, sizeOf(n));
      }
    });
    var l = layers(main, elementsOf(container, 'bpmn:SequenceFlow'));
    var columns = [], rel = new Map();
    l.order.forEach(function (n) {
      var c = l.layer.get(n);
      columns[c] = columns[c] || { width: 0, height: 0, nodes: [] };
      columns[c].nodes.push(n);
      columns[c].width = Math.max(columns[c].width, size.get(n)[0]);
    });
    var x = 0, height = 0;
    columns.forEach(function (col) {
      if (!col) { return; }
      var y = 0;
      col.nodes.forEach(function (n) {
        var s = size.get(n), band = Math.max(s[1], 80);
        rel.set(n, { x: x + (col.width - s[0]) / 2, y: y + (band - s[1]) / 2 });
        y += band + GAP_Y;
      });
      height = Math.max(height, y - GAP_Y);
      x += col.width + GAP_X;
    });
    var width = Math.max(x - GAP_X, 0), ex = 0, ey = height + GAP_Y;
    eventSubs.forEach(function (n) {
      var s = size.get(n);
      rel.set(n, { x: ex, y: ey });
      ex += s[0] + GAP_X;
      width = Math.max(width, ex - GAP_X);
      height = Math.max(height, ey + s[1]);
    });
    return {
      width: width, height: height,
      place: function (ox, oy) {
        rel.forEach(function (r, n) {
          var s = size.get(n);
          bounds.set(n, { x: ox + r.x, y: oy + r.y, width: s[0], height: s[1] });
          if (inner.has(n)) { inner.get(n).place(ox + r.x + PAD, oy + r.y + PAD); }
        });
      }
    };
  }

  function layout(moddle, definitions, process) {
    var bounds = new Map();
    layoutContainer(process, bounds).place(60, 60);
    var boundaries = [], flows = [], walk = function (c) {
      boundaries = boundaries.concat(elementsOf(c, 'bpmn:BoundaryEvent'));
      flows = flows.concat(elementsOf(c, 'bpmn:SequenceFlow'));
      elementsOf(c, 'bpmn:SubProcess').forEach(walk);
    };
    walk(process);
    var perHost = new Map(), onHost = new Map();
    boundaries.forEach(function (b) { perHost.set(b.attachedToRef, (perHost.get(b.attachedToRef) || 0) + 1); });
    boundaries.forEach(function (b) {
      var host = bounds.get(b.attachedToRef);
      if (!host) { return; }
      var i = onHost.get(host) || 0, step = Math.max(40, Math.min(110, (host.width - 40) / perHost.get(b.attachedToRef)));
      onHost.set(host, i + 1);
      bounds.set(b, { x: host.x + host.width - 28 - i * step, y: host.y + host.height - 18, width: 36, height: 36 });
    });
    var plane = moddle.create('bpmndi:BPMNPlane', { id: process.id + '_plane', bpmnElement: process, planeElement: [] });
    bounds.forEach(function (b, n) {
      var shape = moddle.create('bpmndi:BPMNShape', { id: n.id + '_di', bpmnElement: n,
        bounds: moddle.create('dc:Bounds', b) });
      if (n.$instanceOf('bpmn:SubProcess')) { shape.isExpanded = (n.flowElements || []).length > 0; }
      plane.planeElement.push(shape);
    });
    flows.forEach(function (f) {
      var s = bounds.get(f.sourceRef), t = bounds.get(f.targetRef);
      if (!s || !t) { return; }
      plane.planeElement.push(moddle.create('bpmndi:BPMNEdge', { id: f.id + '_di', bpmnElement: f,
        waypoint: route(s, t).map(function (p) { return moddle.create('dc:Point', p); }) }));
    });
    definitions.diagrams = [moddle.create('bpmndi:BPMNDiagram', { id: process.id + '_diagram', plane: plane })];
  }

  function route(s, t) {
    var sy = s.y + s.height / 2, ty = t.y + t.height / 2;
    if (t.x > s.x + s.width) {
      var start = { x: s.x + s.width, y: sy }, end = { x: t.x, y: ty };
      if (Math.abs(sy - ty) < 1) { return [start, end]; }
      var mid = Math.round((start.x + end.x) / 2);
      return [start, { x: mid, y: sy }, { x: mid, y: ty }, end];
    }
    var below = Math.max(s.y + s.height, t.y + t.height) + 30;
    return [{ x: s.x + s.width / 2, y: s.y + s.height }, { x: s.x + s.width / 2, y: below },
            { x: t.x + t.width / 2, y: below }, { x: t.x + t.width / 2, y: t.y + t.height }];
  }

  function hasDiagram(definitions) {
    return (definitions.diagrams || []).some(function (d) { return d.plane && (d.plane.planeElement || []).length; });
  }

  function button(label, text, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.title = label;
    b.addEventListener('click', action);
    return b;
  }

  function namesOf(registry, ids) {
    return ids.map(function (id) {
      var element = registry.get(id);
      return element && element.businessObject && element.businessObject.name || id;
    }).join(', ');
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
    var moddle = viewer.get('moddle');
    var parsed = await moddle.fromXML(diagram.xml, 'bpmn:Definitions');
    var definitions = parsed.rootElement;
    if (!hasDiagram(definitions)) {
      var process = (definitions.rootElements || []).find(function (e) { return e.$instanceOf('bpmn:Process'); });
      layout(moddle, definitions, process);
    }
    await viewer.importDefinitions(definitions);
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
    if (diagram.active.length) { lines.push(texts.labelActive + ' ' + namesOf(registry, diagram.active)); }
    if (diagram.incidents.length) { lines.push(texts.labelIncident + ' ' + namesOf(registry, diagram.incidents)); }
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

  tickCountdowns();
  window.setInterval(tickCountdowns, 30000);
  var host = document.getElementById('case-diagrams');
  if (host && window.BpmnJS) {
    drawDiagrams(host);
  } else if (host) {
    host.dataset.state = 'failed';
    host.querySelector('p').textContent = host.dataset.failed;
  }
}());
