/*
 * Evidence upload: files dropped on the zone join the file input (so the form posts them like chosen ones),
 * the chosen files are listed with their sizes, and a file over the locker's limit is named at once and the
 * upload button disabled, before anything is sent. The server checks the same limit again.
 */
(function () {
  'use strict';

  var zone = document.getElementById('drop-zone');
  var input = document.getElementById('files');
  var list = document.getElementById('chosen-files');
  var warning = document.getElementById('files-too-large');
  var submit = document.getElementById('evidence-submit');
  if (!zone || !input || !list || !warning || !submit) { return; }
  var max = Number(zone.dataset.maxBytes);

  function size(bytes) {
    var units = ['B', 'KB', 'MB', 'GB'];
    var value = bytes;
    var unit = 0;
    while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
    return (unit === 0 || value >= 100 || value === Math.round(value) ? Math.round(value) : value.toFixed(1)) + ' ' + units[unit];
  }

  function show() {
    list.textContent = '';
    var tooLarge = [];
    var empty = [];
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement('li');
      item.textContent = zone.dataset.chosen.replace('{0}', file.name).replace('{1}', size(file.size));
      if (file.size > max) { tooLarge.push(file.name); item.className = 'too-large'; }
      if (file.size === 0) { empty.push(file.name); item.className = 'too-large'; }
      list.appendChild(item);
    });
    var problems = tooLarge.map(function (name) { return zone.dataset.tooLarge.replace('{name}', name); })
      .concat(empty.map(function (name) { return zone.dataset.empty.replace('{0}', name); }));
    warning.hidden = problems.length === 0;
    warning.textContent = problems.join(' ');
    submit.disabled = problems.length > 0;
  }

  input.addEventListener('change', show);
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('dragging');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove('dragging'); });
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    if (!event.dataTransfer || !event.dataTransfer.files.length) { return; }
    var all = new DataTransfer();
    Array.prototype.forEach.call(input.files, function (file) { all.items.add(file); });
    Array.prototype.forEach.call(event.dataTransfer.files, function (file) { all.items.add(file); });
    input.files = all.files;
    show();
  });
  show();
}());
