// Self check-in page. Every text from the server is put in with textContent, never as markup.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { chosen: null, walkIn: false, drawn: false, sending: false };
  let searchTimer = null;
  let searchSeq = 0;

  function say(text, ok) {
    $("message").textContent = text || "";
    $("message").className = ok ? "ok" : "";
  }

  function show(section) {
    for (const id of ["find", "sign", "done"]) $(id).hidden = id !== section;
  }

  async function call(path, body) {
    const options = body === undefined ? {} : {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    };
    let response;
    try {
      response = await fetch(path, options);
    } catch (error) {
      return { status: 0, data: { message: "Tidak terhubung ke laptop panitia. Periksa Wi-Fi Anda." } };
    }
    let data = {};
    try { data = await response.json(); } catch (error) { data = {}; }
    if (response.status === 404 && !data.message) {
      data.message = "Alamat pendaftaran ini tidak berlaku lagi. Pindai kode QR yang baru.";
    }
    return { status: response.status, data: data };
  }

  async function loadMeeting() {
    const answer = await call("api/meeting");
    if (answer.status !== 200) {
      $("title").textContent = "Pendaftaran tidak tersedia";
      say(answer.data.message || "Pendaftaran tidak tersedia.");
      $("find").hidden = true;
      return;
    }
    $("title").textContent = answer.data.title;
    $("when").textContent = [answer.data.day, answer.data.place].filter(Boolean).join(" · ");
    document.title = "Daftar hadir — " + answer.data.title;
  }

  function clearResults() {
    const list = $("results");
    while (list.firstChild) list.removeChild(list.firstChild);
  }

  function resultItem(match) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = match.name;
    const where = document.createElement("span");
    where.className = "where";
    where.textContent = match.present ? match.institution + " — sudah hadir" : match.institution;
    button.append(who, where);
    if (match.present) {
      button.disabled = true;
    } else {
      button.addEventListener("click", () => choose(match));
    }
    item.append(button);
    return item;
  }

  async function search() {
    const text = $("q").value.trim();
    const seq = ++searchSeq;
    if (text.length < 2) {
      clearResults();
      $("hint").textContent = "Ketik paling sedikit dua huruf.";
      return;
    }
    const answer = await call("api/search?q=" + encodeURIComponent(text));
    if (seq !== searchSeq) return; // a later search is on its way
    clearResults();
    if (answer.status !== 200) {
      say(answer.data.message || "Pencarian gagal.");
      return;
    }
    say("");
    $("hint").textContent = answer.data.length
      ? "Sentuh nama Anda."
      : "Nama tidak ditemukan. Coba kata lain, atau isi data Anda di bawah.";
    for (const match of answer.data) $("results").append(resultItem(match));
  }

  function choose(match) {
    state.chosen = match;
    state.walkIn = false;
    $("chosen").textContent = match.name;
    $("chosen-institution").textContent = match.institution;
    $("chosen-box").hidden = false;
    $("walkin").hidden = true;
    startSigning();
  }

  function openWalkIn() {
    state.chosen = null;
    state.walkIn = true;
    $("chosen-box").hidden = true;
    $("walkin").hidden = false;
    const typed = $("q").value.trim();
    if (typed && !$("name").value) $("name").value = typed;
    startSigning();
    $("name").focus();
  }

  function startSigning() {
    clearPad();
    say("");
    show("sign");
    window.scrollTo(0, 0);
  }

  // -- the signature pad: drawn in the canvas's own pixels whatever its size on screen --
  const pad = $("pad");
  const ink = pad.getContext("2d");
  let last = null;

  function clearPad() {
    ink.clearRect(0, 0, pad.width, pad.height);
    state.drawn = false;
  }

  function point(event) {
    const box = pad.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * pad.width) / box.width,
      y: ((event.clientY - box.top) * pad.height) / box.height,
    };
  }

  pad.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    pad.setPointerCapture(event.pointerId);
    last = point(event);
    ink.beginPath();
    ink.arc(last.x, last.y, 2, 0, 2 * Math.PI);
    ink.fillStyle = "#10204a";
    ink.fill();
    state.drawn = true;
  });
  pad.addEventListener("pointermove", (event) => {
    if (last === null) return;
    event.preventDefault();
    const next = point(event);
    ink.strokeStyle = "#10204a";
    ink.lineWidth = 4;
    ink.lineCap = "round";
    ink.lineJoin = "round";
    ink.beginPath();
    ink.moveTo(last.x, last.y);
    ink.lineTo(next.x, next.y);
    ink.stroke();
    last = next;
  });
  for (const name of ["pointerup", "pointercancel", "pointerleave"]) {
    pad.addEventListener(name, () => { last = null; });
  }

  async function submit() {
    if (state.sending) return;
    if (!state.drawn) {
      say("Buat tanda tangan Anda di kotak putih dulu.");
      return;
    }
    let path;
    let body;
    if (state.walkIn) {
      body = {
        name: $("name").value,
        position: $("position").value,
        institution: $("institution").value,
        representing: $("representing").value,
      };
      if (!body.name.trim() || !body.position.trim() || !body.institution.trim()) {
        say("Isi nama, jabatan, dan instansi Anda.");
        return;
      }
      path = "api/walk-in";
    } else {
      body = { id: state.chosen.id };
      path = "api/check-in";
    }
    body.signature = pad.toDataURL("image/png");
    state.sending = true;
    $("submit").disabled = true;
    say("Mengirim…", true);
    const answer = await call(path, body);
    state.sending = false;
    $("submit").disabled = false;
    if (answer.status === 200) {
      $("done-text").textContent =
        answer.data.name + " tercatat hadir pukul " + answer.data.time + ".";
      say("");
      show("done");
      return;
    }
    say(answer.data.message || "Kehadiran belum tercatat. Coba lagi.");
  }

  function restart() {
    state.chosen = null;
    state.walkIn = false;
    for (const id of ["q", "name", "position", "institution", "representing"]) $(id).value = "";
    clearResults();
    clearPad();
    say("");
    show("find");
    $("q").focus();
  }

  $("q").addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 250);
  });
  $("walkin-open").addEventListener("click", openWalkIn);
  $("clear").addEventListener("click", clearPad);
  $("back").addEventListener("click", () => { say(""); show("find"); });
  $("submit").addEventListener("click", submit);
  $("again").addEventListener("click", restart);
  loadMeeting();
})();
