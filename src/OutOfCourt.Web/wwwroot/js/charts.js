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

  // The national figure as a dashed line across a ranking's bars, labelled at its top.
  var nationalLine = {
    id: "nationalLine",
    afterDatasetsDraw: function (chart) {
      var spec = chart.config.options.plugins.nationalLine.spec;
      if (!spec.national) return;
      var horizontal = spec.kind === "hbar", scale = chart.scales[horizontal ? "x" : "y"], area = chart.chartArea, g = chart.ctx;
      var at = scale.getPixelForValue(spec.national.value);
      g.save();
      g.strokeStyle = "#0b0c0c"; g.lineWidth = 1.5; g.setLineDash([5, 3]);
      g.beginPath();
      if (horizontal) { g.moveTo(at, area.top); g.lineTo(at, area.bottom); } else { g.moveTo(area.left, at); g.lineTo(area.right, at); }
      g.stroke();
      // The label sits in a white box at the line's foot, clear of the legend and the first bars.
      g.setLineDash([]); g.font = "bold 12px sans-serif";
      var text = spec.national.label, w = g.measureText(text).width + 8;
      var x = horizontal ? Math.min(Math.max(at - w / 2, area.left), area.right - w) : area.right - w, y = horizontal ? area.bottom - 18 : at - 18;
      g.fillStyle = "rgba(255,255,255,0.92)"; g.fillRect(x, y, w, 16);
      g.fillStyle = "#0b0c0c"; g.textAlign = "left"; g.textBaseline = "middle";
      g.fillText(text, x + 4, y + 8);
      g.restore();
    }
  };

  // Each bar's value at its end (the stack's total for stacked bars), when the page asks for value labels.
  var valueLabels = {
    id: "valueLabels",
    afterDatasetsDraw: function (chart) {
      var spec = chart.config.options.plugins.valueLabels.spec;
      if (!spec.valueLabels || spec.kind === "line") return;
      var horizontal = spec.kind === "hbar", g = chart.ctx, last = spec.series.length - 1;
      g.save(); g.fillStyle = "#0b0c0c"; g.font = "11px sans-serif";
      g.textAlign = horizontal ? "left" : "center"; g.textBaseline = horizontal ? "middle" : "bottom";
      spec.labels.forEach(function (_, i) {
        var si = spec.stacked ? last : 0;
        var bar = chart.getDatasetMeta(si).data[i];
        if (!bar) return;
        var total = spec.stacked ? spec.series.reduce(function (t, s) { return t + (s.values[i] || 0); }, 0) : spec.series[0].values[i];
        if (total === null || total === undefined) return;
        g.fillText(format(spec.format, total), horizontal ? bar.x + 16 : bar.x, horizontal ? bar.y : bar.y - 14);
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
        borderColor: isLine ? base : s.values.map(function (_, i) { return spec.highlight && spec.highlight[i] ? "#0b0c0c" : s.serious[i] ? SERIOUS : base; }),
        borderWidth: isLine ? 3 : s.values.map(function (_, i) { return spec.highlight && spec.highlight[i] ? 3 : 1; }),
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
        scales: horizontal ? { x: valueAxis, y: { stacked: spec.stacked, ticks: { autoSkip: false, font: function (c) {
          return spec.highlight && spec.highlight[c.index] ? { weight: "bold" } : {}; } } } } : { y: valueAxis, x: { stacked: spec.stacked } },
        plugins: {
          legend: { position: "top", labels: { boxWidth: 14 } },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + format(spec.format, c.raw); } } },
          seriousMarker: { spec: spec }, nationalLine: { spec: spec }, valueLabels: { spec: spec }
        }
      },
      plugins: [seriousMarker, nationalLine, valueLabels]
    });
    figure.dataset.drawn = "true";
    window.outOfCourtCharts = window.outOfCourtCharts || {};
    window.outOfCourtCharts[figure.id] = { labels: spec.labels, series: spec.series, chart: chart };
  }

  // PNG: the server's SVG of this chart (title, filters, legend, source and import date included) drawn at twice
  // its size onto a canvas, so the PNG says everything the SVG says, at 1600 px wide.
  function downloadPng(button) {
    button.disabled = true;
    var box = button.closest(".chart-actions").querySelector("input.value-labels");
    var withLabels = box && box.checked;
    var address = button.dataset.svg + (withLabels ? (button.dataset.svg.indexOf("?") < 0 ? "?" : "&") + "labels=1" : "");
    fetch(address).then(function (r) { return r.text(); }).then(function (svg) {
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
          a.href = URL.createObjectURL(blob); a.download = button.dataset.file + (withLabels ? "-values" : "") + ".png";
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
    document.querySelectorAll(".chart-actions label.value-labels").forEach(function (l) { l.hidden = false; });
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
