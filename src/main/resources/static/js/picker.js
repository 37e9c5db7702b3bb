/*
 * The jurisdiction picker of the breach-facts forms (fragments/facts-fields.html). The textarea "affected"
 * (one code=count per line) stays what the form posts; this script shows the server-rendered, grouped list
 * with a search box above it, a row with a number field for each jurisdiction added, and keeps rows and
 * textarea in step both ways, so typing or pasting lines still works. Lines it cannot read are kept as they
 * are, for the server to name. All words come from data attributes the server filled from message keys.
 */
(function () {
  'use strict';

  var picker = document.getElementById('affected-picker');
  var text = picker && document.getElementById(picker.dataset.target);
  if (!picker || !text) { nameCountries(); return; }

  var search = picker.querySelector('.picker-search');
  var options = Array.prototype.slice.call(picker.querySelectorAll('.picker-option'));
  var groups = Array.prototype.slice.call(picker.querySelectorAll('.picker-group'));
  var body = picker.querySelector('.picker-chosen tbody');
  var table = picker.querySelector('.picker-chosen');
  var none = picker.querySelector('.picker-none');
  var total = picker.querySelector('.picker-total');
  var noMatch = picker.querySelector('.picker-no-match');
  var status = document.getElementById('picker-status');
  var words = picker.dataset;
  var known = {};
  var best = null;

  options.forEach(function (option) {
    known[option.dataset.code] = { label: option.querySelector('.picker-name').textContent,
      rules: option.classList.contains('has-regime'), option: option };
  });
  Array.prototype.forEach.call(picker.querySelectorAll('.picker-aliases li'), function (alias) {
    known[alias.dataset.code] = { label: alias.textContent, rules: alias.classList.contains('has-regime') };
  });

  function say(template, value) { return template.split('{0}').join(value); }

  /** Lower case, accents dropped, Hangul decomposed: as the server folded data-search. */
  function fold(value) { return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' '); }

  /** The textarea as rows (code, count text) plus the lines that are not a known code=count, kept as typed. */
  function read() {
    var rows = [];
    var rest = [];
    text.value.split(/[\r\n,;]+/).forEach(function (line) {
      if (!line.trim()) { return; }
      var parts = line.trim().split(/\s*[=:\s]\s*/);
      var code = parts[0];
      if (parts.length <= 2 && known[code] && !rows.some(function (r) { return r.code === code; })) {
        rows.push({ code: code, count: parts.length === 2 ? parts[1] : '' });
      } else {
        rest.push(line);
      }
    });
    return { rows: rows, rest: rest };
  }

  var state = read();

  function digits(count) { return count.replace(/[\s,.'\u00a0]/g, ''); }

  function write(announce) {
    text.value = state.rows.map(function (r) { return r.code + '=' + digits(r.count); })
      .concat(state.rest).join('\n');
    if (announce) { text.dispatchEvent(new Event('change', { bubbles: true })); }
  }

  function render() {
    body.textContent = '';
    state.rows.forEach(function (row) { body.appendChild(rowFor(row)); });
    table.hidden = state.rows.length === 0;
    none.hidden = state.rows.length > 0;
    total.hidden = state.rows.length < 2;
    showTotal();
    options.forEach(function (option) {
      var chosen = state.rows.some(function (r) { return r.code === option.dataset.code; });
      option.classList.toggle('is-chosen', chosen);
      var add = option.querySelector('.picker-add');
      add.textContent = chosen ? add.dataset.added : add.dataset.addText;
    });
  }

  function rowFor(row) {
    var entry = known[row.code];
    var tr = document.createElement('tr');
    tr.dataset.code = row.code;
    var name = document.createElement('th');
    name.scope = 'row';
    name.textContent = entry.label;
    if (!entry.rules) {
      var warn = document.createElement('span');
      warn.className = 'picker-no-rules';
      warn.textContent = words.noRules;
      name.appendChild(warn);
    }
    var cell = document.createElement('td');
    var input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'numeric';
    input.autocomplete = 'off';
    input.className = 'picker-count';
    input.value = row.count;
    input.setAttribute('aria-label', say(words.countLabel, entry.label));
    var error = document.createElement('span');
    error.className = 'field-error picker-count-error';
    error.id = 'picker-count-error-' + row.code;
    error.textContent = words.countInvalid;
    check(input, error, false);
    input.addEventListener('input', function () {
      row.count = input.value;
      check(input, error, false);
      write(false);
      showTotal();
    });
    input.addEventListener('change', function () { check(input, error, true); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); check(input, error, true); search.focus(); search.select(); }
    });
    cell.appendChild(input);
    cell.appendChild(error);
    var actions = document.createElement('td');
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'picker-remove';
    remove.textContent = words.remove;
    remove.setAttribute('aria-label', say(words.removeLabel, entry.label));
    remove.addEventListener('click', function () {
      state.rows = state.rows.filter(function (r) { return r.code !== row.code; });
      write(true);
      render();
      status.textContent = say(words.removed, entry.label);
      search.focus();
    });
    actions.appendChild(remove);
    tr.appendChild(name);
    tr.appendChild(cell);
    tr.appendChild(actions);
    return tr;
  }

  /** Marks a count that is not a whole number; an empty one only once the officer has left the field. */
  function check(input, error, strict) {
    var n = digits(input.value);
    var bad = n === '' ? strict : !/^\d{1,12}$/.test(n);
    input.setAttribute('aria-invalid', bad ? 'true' : 'false');
    error.hidden = !bad;
    if (bad) { input.setAttribute('aria-describedby', error.id); } else { input.removeAttribute('aria-describedby'); }
  }

  function showTotal() {
    var sum = 0;
    state.rows.forEach(function (r) { var n = digits(r.count); if (/^\d{1,12}$/.test(n)) { sum += Number(n); } });
    total.textContent = say(words.total, sum.toLocaleString(document.documentElement.lang || undefined));
  }

  function add(code) {
    var entry = known[code];
    if (!state.rows.some(function (r) { return r.code === code; })) {
      state.rows.push({ code: code, count: '' });
      write(false);
      render();
      status.textContent = say(words.added, entry.label);
    }
    var input = body.querySelector('tr[data-code="' + code + '"] .picker-count');
    if (input) { input.focus(); }
  }

  function visible() { return options.filter(function (o) { return !o.parentNode.hidden; }); }

  /**
   * How well an option matches (lower is better): its code exactly, then a word starting with the query, then
   * anywhere; among equals a jurisdiction with rules first ("Korea" means South Korea, not North Korea).
   */
  function score(option, query) {
    var words = ' ' + option.dataset.search;
    var rank = words.indexOf(' ' + query + ' ') === 0 ? 0 : words.indexOf(' ' + query) >= 0 ? 1 : 2;
    return rank * 2 + (option.classList.contains('has-regime') ? 0 : 1);
  }

  /** Filters the list to the options matching the search and marks the one Enter adds. */
  function filter() {
    var query = fold(search.value.trim());
    var shown = 0;
    best = null;
    var bestScore = 99;
    options.forEach(function (option) {
      var match = !query || option.dataset.search.indexOf(query) >= 0;
      option.parentNode.hidden = !match;
      option.classList.remove('is-default');
      if (match) {
        shown++;
        var points = query ? score(option, query) : 99;
        if (points < bestScore) { best = option; bestScore = points; }
      }
    });
    if (best) {
      best.classList.add('is-default');
      best.scrollIntoView({ block: 'nearest' });
    }
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('li:not([hidden])');
    });
    noMatch.hidden = shown > 0;
    noMatch.textContent = shown > 0 ? '' : say(words.noMatch, search.value.trim());
  }

  function move(from, step) {
    var list = visible();
    var at = list.indexOf(from) + step;
    if (at < 0) { search.focus(); return; }
    if (at < list.length) { list[at].focus(); }
  }

  options.forEach(function (option) {
    option.querySelector('.picker-add').dataset.addText = option.querySelector('.picker-add').textContent;
    option.addEventListener('click', function () { add(option.dataset.code); });
    option.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') { event.preventDefault(); move(option, 1); }
      if (event.key === 'ArrowUp') { event.preventDefault(); move(option, -1); }
      if (event.key === 'Escape') { event.preventDefault(); search.focus(); }
    });
  });
  search.addEventListener('input', filter);
  search.addEventListener('change', function (event) { event.stopPropagation(); });
  search.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      var first = visible()[0];
      if (first) { first.focus(); }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (best) { add(best.dataset.code); }
    } else if (event.key === 'Escape' && search.value) {
      event.preventDefault();
      search.value = '';
      filter();
    }
  });
  text.addEventListener('input', function () {
    state = read();
    render();
  });

  var label = document.getElementById('affected-label');
  if (label && words.textLabel) { label.textContent = words.textLabel; }
  text.rows = 3;
  picker.hidden = false;
  render();
  filter();
  nameCountries();

  /** Beside each two-letter organisation field, the name of the country typed, from the datalist. */
  function nameCountries() {
    var list = document.getElementById('picker-countries');
    if (!list) { return; }
    var names = {};
    Array.prototype.forEach.call(list.options, function (o) { names[o.value] = o.textContent; });
    Array.prototype.forEach.call(document.querySelectorAll('input[data-picker-country]'), function (input) {
      var out = document.getElementById(input.id + '-name');
      function show() { out.textContent = names[input.value.trim().toUpperCase()] || ''; }
      input.addEventListener('input', show);
      show();
    });
  }
}());
