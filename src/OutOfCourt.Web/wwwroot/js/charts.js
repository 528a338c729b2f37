// Draws every <figure class="chart"> from the JSON the server put inside it. The table under each chart holds the
// same numbers and works without JavaScript; this only adds the picture. Serious offences stand out by more than
// colour: a hatched pattern and a ▲ marker on each bar, explained in the legend under the chart.
(function () {
  "use strict";
  var SERIOUS = "#a31621", OTHER = "#1d70b8", NATIONAL = "#505a5f";
  var numberFormat = new Intl.NumberFormat("en-GB");
  var percentFormat = new Intl.NumberFormat("en-GB", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function hatch(color) {
    var c = document.createElement("canvas");
    c.width = c.height = 10;
    var g = c.getContext("2d");
    g.fillStyle = color; g.fillRect(0, 0, 10, 10);
    g.strokeStyle = "rgba(255,255,255,0.85)"; g.lineWidth = 2.5;
    g.beginPath(); g.moveTo(-2, 12); g.lineTo(12, -2); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(8, 12); g.lineTo(12, 8); g.stroke();
    return g.createPattern(c, "repeat");
  }

  function format(kind, v) {
    if (v === null || v === undefined) return "no data";
    return kind === "percent" ? percentFormat.format(v / 100) : numberFormat.format(v);
  }

  // Writes ▲ at the end of every serious bar that has a value.
  var seriousMarker = {
    id: "seriousMarker",
    afterDatasetsDraw: function (chart) {
      var spec = chart.config.options.plugins.seriousMarker.spec, horizontal = spec.kind === "hbar";
      var g = chart.ctx;
      g.save();
      g.fillStyle = SERIOUS; g.font = "bold 12px sans-serif"; g.textAlign = horizontal ? "left" : "center"; g.textBaseline = horizontal ? "middle" : "bottom";
      spec.series.forEach(function (s, si) {
        var meta = chart.getDatasetMeta(si);
        if (meta.hidden) return;
        meta.data.forEach(function (bar, i) {
          if (!s.serious[i] || !s.values[i]) return;
          var p = bar.tooltipPosition();
          if (spec.stacked && si < spec.series.length - 1 && spec.series.slice(si + 1).some(function (o) { return o.values[i]; })) {
            // Inside a stack: mark the middle of the serious segment.
            g.fillStyle = "#fff"; g.textAlign = "center"; g.textBaseline = "middle";
            var mid = horizontal ? { x: (bar.base + bar.x) / 2, y: bar.y } : { x: bar.x, y: (bar.base + bar.y) / 2 };
            if (Math.abs(horizontal ? bar.x - bar.base : bar.base - bar.y) > 14) g.fillText("▲", mid.x, mid.y);
            g.fillStyle = SERIOUS; g.textAlign = horizontal ? "left" : "center"; g.textBaseline = horizontal ? "middle" : "bottom";
          } else {
            g.fillText("▲", horizontal ? p.x + 3 : p.x, horizontal ? p.y : p.y - 2);
          }
        });
      });
      g.restore();
    }
  };

  function draw(figure) {
    var spec = JSON.parse(figure.querySelector(".chart-data").textContent);
    var canvas = figure.querySelector("canvas");
    var isLine = spec.kind === "line", horizontal = spec.kind === "hbar";
    var datasets = spec.series.map(function (s, si) {
      var base = isLine ? (si === 0 ? OTHER : NATIONAL) : (s.serious.some(Boolean) && s.serious.every(Boolean) ? SERIOUS : OTHER);
      return {
        label: s.name + (s.serious.some(Boolean) ? " ▲" : ""),
        data: s.values,
        backgroundColor: isLine ? base : s.values.map(function (_, i) { return s.serious[i] ? hatch(SERIOUS) : base; }),
        borderColor: isLine ? base : s.values.map(function (_, i) { return s.serious[i] ? SERIOUS : base; }),
        borderWidth: isLine ? 3 : 1,
        borderDash: isLine && si > 0 ? [6, 4] : undefined,
        pointRadius: isLine ? 4 : undefined,
        pointStyle: isLine && si > 0 ? "rectRot" : "circle",
        spanGaps: false
      };
    });
    var valueAxis = {
      beginAtZero: true, stacked: spec.stacked,
      ticks: { callback: function (v) { return format(spec.format, v); } }
    };
    var chart = new Chart(canvas, {
      type: isLine ? "line" : "bar",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: horizontal ? { x: valueAxis, y: { stacked: spec.stacked, ticks: { autoSkip: false } } } : { y: valueAxis, x: { stacked: spec.stacked } },
        plugins: {
          legend: { position: "top", labels: { boxWidth: 14 } },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + format(spec.format, c.raw); } } },
          seriousMarker: { spec: spec }
        }
      },
      plugins: [seriousMarker]
    });
    figure.dataset.drawn = "true";
    window.outOfCourtCharts = window.outOfCourtCharts || {};
    window.outOfCourtCharts[figure.id] = { labels: spec.labels, series: spec.series, chart: chart };
  }

  // PNG: the server's SVG of this chart (title, filters, legend, source and import date included) drawn at twice
  // its size onto a canvas, so the PNG says everything the SVG says, at 1600 px wide.
  function downloadPng(button) {
    button.disabled = true;
    fetch(button.dataset.svg).then(function (r) { return r.text(); }).then(function (svg) {
      var img = new Image();
      var url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
      img.onload = function () {
        var scale = 2, canvas = document.createElement("canvas");
        canvas.width = img.width * scale; canvas.height = img.height * scale;
        var g = canvas.getContext("2d");
        g.fillStyle = "#fff"; g.fillRect(0, 0, canvas.width, canvas.height);
        g.drawImage(img, 0, 0, canvas.width, canvas.height);
        URL.revokeObjectURL(url);
        canvas.toBlob(function (blob) {
          var a = document.createElement("a");
          a.href = URL.createObjectURL(blob); a.download = button.dataset.file;
          document.body.appendChild(a); a.click(); a.remove();
          button.disabled = false;
        }, "image/png");
      };
      img.src = url;
    });
  }

  function copyLink(button) {
    var link = new URL(button.dataset.link, location.href).href;
    var done = function () { button.textContent = "Link copied"; setTimeout(function () { button.textContent = "Copy link"; }, 2000); };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link).then(done, function () { window.prompt("Copy this link:", link); });
    else window.prompt("Copy this link:", link);
  }

  function wireActions() {
    document.querySelectorAll(".chart-actions button.png").forEach(function (b) { b.hidden = false; b.addEventListener("click", function () { downloadPng(b); }); });
    document.querySelectorAll(".chart-actions button.copy-link").forEach(function (b) { b.hidden = false; b.addEventListener("click", function () { copyLink(b); }); });
  }

  function drawAll() {
    wireActions();
    if (typeof Chart === "undefined") return;
    document.querySelectorAll("figure.chart").forEach(function (f) {
      try { draw(f); } catch (e) { f.dataset.drawn = "error"; if (window.console) console.error(e); }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", drawAll); else drawAll();
})();
