/*
 * The organiser's live dashboard: the figures of GET /api/v1/analytics/editions/{id}/overview, pushed by the
 * edition's event stream, and the breakdowns behind them as ECharts charts, in English and Chinese.
 *
 * The stream is read with fetch() so that the token travels in the Authorization header: EventSource cannot send
 * one, and a token in a URL ends up in logs and the browser history. The token lives in sessionStorage only.
 */
(function () {
  "use strict";

  const API = "api/v1/analytics";
  const TOKEN_KEY = "expo.dashboard.token";
  const LANGUAGE_KEY = "expo.dashboard.language";
  const CHART_INTERVAL_MS = 1000; // the breakdowns are re-read at most once a second, however often figures move
  const SILENCE_MS = 45000; // three missed heartbeats (15 s each): the connection is dead even if TCP says not
  const BACKOFF_MS = [1000, 2000, 5000, 10000, 30000];
  const TOP_COUNTRIES = 15;

  const TEXT = {
    en: {
      locale: "en",
      otherLanguage: "中文",
      title: "CISCE Expo — live dashboard",
      edition: "Edition",
      forgetToken: "Change token",
      tokenTitle: "Sign in with a token",
      tokenLabel: "Bearer token of an analyst or organizer",
      tokenHint: "Kept in this browser tab only (sessionStorage).",
      tokenSubmit: "Show the dashboard",
      tokenRefused: "The token was refused (expired or not valid): enter a new one.",
      tokenForbidden: "This token may not read the figures: use an analyst or organizer token.",
      noEditions: "No edition has been published yet.",
      loadFailed: (reason) => `The figures could not be loaded: ${reason}`,
      connection: { idle: "", connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…" },
      tiles: {
        exhibitors: "Exhibitors",
        internationalShare: "International share",
        countriesAndRegions: "Countries and regions",
        boothsConfirmed: "Booths confirmed",
        visitors: "Visitors registered",
        admissions: "Admissions"
      },
      details: {
        exhibitors: (applied) => `${number(applied)} ${applied === 1 ? "application" : "applications"} received`,
        internationalShare: (international) =>
          `${number(international)} international ${international === 1 ? "exhibitor" : "exhibitors"}`,
        countriesAndRegions: (host) => `besides ${host}`,
        boothsConfirmed: (total, occupancy) =>
          `of ${number(total)} ${total === 1 ? "booth" : "booths"} · ${percent(occupancy)} occupied`,
        visitors: (professional) =>
          `${number(professional)} professional ${professional === 1 ? "visitor" : "visitors"}`,
        admissions: (unique) => `${number(unique)} ${unique === 1 ? "visitor" : "visitors"} admitted`
      },
      charts: {
        chains: "Exhibitors by chain",
        countries: `Exhibitors by country or region (top ${TOP_COUNTRIES})`,
        halls: "Booth occupancy by hall",
        categories: "Visitors by category",
        admissions: "Admissions per hour"
      },
      series: {
        exhibitors: "Exhibitors", visitors: "Visitors", admissions: "Admissions",
        confirmed: "Confirmed", held: "Held", available: "Available"
      },
      chains: {
        SMART_VEHICLES: "Smart vehicles",
        GREEN_AGRICULTURE: "Green agriculture",
        CLEAN_ENERGY: "Clean energy",
        DIGITAL_TECHNOLOGY: "Digital technology",
        HEALTHY_LIVING: "Healthy living",
        ADVANCED_MANUFACTURING: "Advanced manufacturing",
        SUPPLY_CHAIN_SERVICES: "Supply chain services"
      },
      categories: {
        PROFESSIONAL: "Professional", PUBLIC: "Public", MEDIA: "Media",
        RESEARCHER: "Researcher", TEACHER: "Teacher", STUDENT: "Student"
      },
      asOf: (time) => `Figures as of ${time}`,
      noEvents: "No events applied yet",
      lag: (events) => `${events} events still to apply`
    },
    zh: {
      locale: "zh-CN",
      otherLanguage: "English",
      title: "链博会 — 实时数据看板",
      edition: "届次",
      forgetToken: "更换令牌",
      tokenTitle: "使用令牌登录",
      tokenLabel: "分析员或主办方的 Bearer 令牌",
      tokenHint: "仅保存在当前浏览器标签页中（sessionStorage）。",
      tokenSubmit: "打开看板",
      tokenRefused: "令牌被拒绝（已过期或无效），请输入新的令牌。",
      tokenForbidden: "此令牌无权查看数据，请使用分析员或主办方的令牌。",
      noEditions: "尚无已发布的届次。",
      loadFailed: (reason) => `数据加载失败：${reason}`,
      connection: { idle: "", connecting: "连接中…", live: "实时", reconnecting: "重新连接中…" },
      tiles: {
        exhibitors: "参展商",
        internationalShare: "境外参展商占比",
        countriesAndRegions: "国家和地区",
        boothsConfirmed: "已确认展位",
        visitors: "已登记观众",
        admissions: "入场人次"
      },
      details: {
        exhibitors: (applied) => `共收到 ${number(applied)} 份申请`,
        internationalShare: (international) => `境外参展商 ${number(international)} 家`,
        countriesAndRegions: (host) => `不含${host}`,
        boothsConfirmed: (total, occupancy) => `共 ${number(total)} 个展位 · 占用率 ${percent(occupancy)}`,
        visitors: (professional) => `专业观众 ${number(professional)} 人`,
        admissions: (unique) => `入场观众 ${number(unique)} 人`
      },
      charts: {
        chains: "各产业链参展商",
        countries: `参展商所在国家和地区（前 ${TOP_COUNTRIES} 名）`,
        halls: "各展馆展位占用",
        categories: "观众类别",
        admissions: "每小时入场人次"
      },
      series: {
        exhibitors: "参展商", visitors: "观众", admissions: "入场人次",
        confirmed: "已确认", held: "预留中", available: "可预订"
      },
      chains: {
        SMART_VEHICLES: "智能汽车链",
        GREEN_AGRICULTURE: "绿色农业链",
        CLEAN_ENERGY: "清洁能源链",
        DIGITAL_TECHNOLOGY: "数字科技链",
        HEALTHY_LIVING: "健康生活链",
        ADVANCED_MANUFACTURING: "先进制造链",
        SUPPLY_CHAIN_SERVICES: "供应链服务"
      },
      categories: {
        PROFESSIONAL: "专业观众", PUBLIC: "普通观众", MEDIA: "媒体",
        RESEARCHER: "研究人员", TEACHER: "教师", STUDENT: "学生"
      },
      asOf: (time) => `数据截至 ${time}`,
      noEvents: "尚未处理任何事件",
      lag: (events) => `尚有 ${events} 条事件待处理`
    }
  };

  /** Refused credentials: the page asks for another token instead of retrying. */
  class AuthError extends Error {
    constructor(status) {
      super(`HTTP ${status}`);
      this.status = status;
    }
  }

  /** Any other answer than 2xx, with the problem's detail as its message. */
  class HttpError extends Error {
  }

  const state = {
    language: initialLanguage(),
    token: null,
    editions: [],
    session: null, // the selected edition's stream and chart loads; replaced (and aborted) on every change
    overview: null,
    breakdowns: null,
    charts: {}
  };

  const $ = (selector) => document.querySelector(selector);
  const text = () => TEXT[state.language];

  document.addEventListener("DOMContentLoaded", start);

  function start() {
    takeTokenFromFragment();
    $("#token-form").addEventListener("submit", onTokenSubmitted);
    $("#forget-token").addEventListener("click", () => askForToken(""));
    $("#language").addEventListener("click", () =>
      setLanguage(state.language === "en" ? "zh" : "en", true));
    $("#edition").addEventListener("change", (event) => selectEdition(event.target.value));
    window.addEventListener("resize", () => Object.values(state.charts).forEach((chart) => chart.resize()));
    setLanguage(state.language, false);

    state.token = sessionStorage.getItem(TOKEN_KEY);
    if (state.token) {
      loadEditions(fragmentParameters().get("edition"));
    } else {
      askForToken("");
    }
  }

  // --- token --------------------------------------------------------------------------------------------------

  function fragmentParameters() {
    return new URLSearchParams(location.hash.slice(1));
  }

  /** #token=<jwt>: kept in sessionStorage and removed from the address bar (and so from the history). */
  function takeTokenFromFragment() {
    const parameters = fragmentParameters();
    const token = parameters.get("token");
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
      parameters.delete("token");
      const rest = parameters.toString();
      history.replaceState(null, "", location.pathname + location.search + (rest ? "#" + rest : ""));
    }
  }

  function onTokenSubmitted(event) {
    event.preventDefault();
    const token = $("#token").value.trim();
    if (!token) {
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token);
    state.token = token;
    $("#token").value = "";
    $("#token-form").hidden = true;
    loadEditions(null);
  }

  /** Stops everything, forgets the token and shows the form with {@code message} (empty: none). */
  function askForToken(message) {
    stopSession();
    sessionStorage.removeItem(TOKEN_KEY);
    state.token = null;
    $("#dashboard").hidden = true;
    $("#forget-token").hidden = true;
    $("#problem").hidden = true;
    $("#edition").disabled = true;
    $("#token-message").textContent = message;
    $("#token-form").hidden = false;
    $("#token").focus();
  }

  function onFailure(error) {
    if (error.name === "AbortError") {
      return;
    }
    if (error instanceof AuthError) {
      askForToken(error.status === 401 ? text().tokenRefused : text().tokenForbidden);
      return;
    }
    showProblem(text().loadFailed(error.message));
  }

  function showProblem(message) {
    $("#problem").textContent = message;
    $("#problem").hidden = !message;
  }

  // --- HTTP ---------------------------------------------------------------------------------------------------

  async function request(path, signal, accept) {
    const response = await fetch(`${API}/${path}`, {
      headers: { Authorization: `Bearer ${state.token}`, Accept: accept || "application/json" },
      cache: "no-store",
      signal
    });
    if (response.status === 401 || response.status === 403) {
      throw new AuthError(response.status);
    }
    if (!response.ok) {
      throw new HttpError(await problemDetail(response));
    }
    return response;
  }

  async function getJson(path, signal) {
    return (await request(path, signal)).json();
  }

  /** The problem+json's detail or title, else the status. */
  async function problemDetail(response) {
    try {
      const problem = await response.json();
      return problem.detail || problem.title || `HTTP ${response.status}`;
    } catch (ignored) {
      return `HTTP ${response.status}`;
    }
  }

  // --- editions -----------------------------------------------------------------------------------------------

  async function loadEditions(wanted) {
    $("#forget-token").hidden = false;
    try {
      state.editions = await allEditions();
    } catch (error) {
      onFailure(error);
      return;
    }
    if (state.editions.length === 0) {
      showProblem(text().noEditions);
      return;
    }
    renderEditionOptions();
    const select = $("#edition");
    select.disabled = false;
    select.value = state.editions.some((e) => e.editionId === wanted) ? wanted
      : defaultEdition(state.editions, new Date()).editionId;
    selectEdition(select.value);
  }

  /** Every page of GET /editions (pages count from 0, at most 100 items each). */
  async function allEditions() {
    const editions = [];
    for (let page = 0; ; page++) {
      const answer = await getJson(`editions?page=${page}&size=100`);
      const items = answer.items || [];
      editions.push(...items);
      if (items.length === 0 || editions.length >= answer.total) {
        return editions;
      }
    }
  }

  /**
   * The edition running today (in its own time zone), else the next to start, else the one that ended last: not
   * the one with the newest event, often next year's being prepared while this year's is on.
   */
  function defaultEdition(editions, now) {
    const dated = editions.filter((edition) => edition.startDate && edition.endDate)
      .map((edition) => ({ ...edition, today: localDate(now, edition.timeZone) }));
    const first = (candidates, compare) => candidates.sort(compare)[0];
    const chosen = first(dated.filter((e) => e.startDate <= e.today && e.today <= e.endDate),
      (a, b) => b.startDate.localeCompare(a.startDate))
      || first(dated.filter((e) => e.today < e.startDate), (a, b) => a.startDate.localeCompare(b.startDate))
      || first(dated, (a, b) => b.endDate.localeCompare(a.endDate));
    return chosen ? editions.find((edition) => edition.editionId === chosen.editionId) : editions[0];
  }

  /** The date (YYYY-MM-DD) at {@code now} in the time zone, or in the browser's own if it does not know that one. */
  function localDate(now, timeZone) {
    const format = (zone) => new Intl.DateTimeFormat("en-CA", {
      timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit"
    }).formatToParts(now).reduce((parts, part) => ({ ...parts, [part.type]: part.value }), {});
    let parts;
    try {
      parts = format(timeZone || undefined);
    } catch (ignored) {
      parts = format(undefined);
    }
    return `${parts.year}-${parts.month}-${parts.day}`;
  }

  function renderEditionOptions() {
    const select = $("#edition");
    const selected = select.value;
    select.replaceChildren(...state.editions.map((edition) => {
      const option = document.createElement("option");
      option.value = edition.editionId;
      option.textContent = `${localized(edition.name) || edition.editionId} (${edition.editionId})`;
      return option;
    }));
    if (selected) {
      select.value = selected;
    }
  }

  function selectEdition(editionId) {
    stopSession();
    history.replaceState(null, "", location.pathname + location.search + "#edition=" + encodeURIComponent(editionId));
    state.overview = null;
    state.breakdowns = null;
    const session = {
      editionId,
      controller: new AbortController(),
      chartTimer: null,
      chartsLoadedAt: 0
    };
    state.session = session;
    showProblem("");
    $("#dashboard").hidden = false;
    renderTiles();
    renderCharts();
    followStream(session);
  }

  function stopSession() {
    const session = state.session;
    if (session) {
      state.session = null;
      session.controller.abort();
      clearTimeout(session.chartTimer);
    }
    setConnection("idle");
  }

  // --- the stream ---------------------------------------------------------------------------------------------

  /** Reads the edition's stream until the edition changes, reconnecting with backoff whenever it ends. */
  async function followStream(session) {
    const signal = session.controller.signal;
    let failures = 0;
    while (!signal.aborted) {
      setConnection(failures === 0 ? "connecting" : "reconnecting");
      const connection = new AbortController();
      const stop = () => connection.abort();
      signal.addEventListener("abort", stop);
      let watchdog = null;
      const keepAlive = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(stop, SILENCE_MS);
      };
      try {
        keepAlive();
        const response = await request(`editions/${encodeURIComponent(session.editionId)}/stream`,
          connection.signal, "text/event-stream");
        await readEvents(response.body, (event) => {
          keepAlive();
          if (event.type === "overview") {
            failures = 0;
            setConnection("live");
            showProblem("");
            onOverview(session, JSON.parse(event.data));
          }
        }, keepAlive);
      } catch (error) {
        if (error instanceof AuthError) {
          onFailure(error);
          return;
        }
        // Anything else (the server went away, a dead connection, a 5xx) is worth another try.
        if (error instanceof HttpError) {
          showProblem(text().loadFailed(error.message));
        }
      } finally {
        clearTimeout(watchdog);
        signal.removeEventListener("abort", stop);
      }
      if (signal.aborted) {
        return;
      }
      setConnection("reconnecting");
      const delay = BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)];
      failures++;
      await pause(delay * (0.75 + Math.random() / 2), signal); // jitter: not every dashboard at the same instant
    }
  }

  /** Calls {@code onEvent({type, data})} for each server-sent event of the body, {@code onChunk()} per chunk. */
  async function readEvents(body, onEvent, onChunk) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      onChunk();
      // Lines may end in CRLF, LF or CR; a CR at the end of a chunk may be the first half of a CRLF.
      buffer = (buffer + value).replace(/\r\n|\r(?!$)/g, "\n");
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const event = parseEvent(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event) {
          onEvent(event);
        }
      }
    }
  }

  /** One frame of text/event-stream: its event type and its data lines joined; null for a comment-only frame. */
  function parseEvent(frame) {
    let type = "message";
    const data = [];
    for (const line of frame.split("\n")) {
      if (line === "" || line.startsWith(":")) {
        continue;
      }
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) {
        value = value.slice(1);
      }
      if (field === "event") {
        type = value;
      } else if (field === "data") {
        data.push(value);
      }
    }
    return data.length ? { type, data: data.join("\n") } : null;
  }

  function pause(millis, signal) {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, millis);
      signal.addEventListener("abort", () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    });
  }

  function setConnection(connection) {
    const element = $("#connection");
    element.dataset.state = connection;
    element.textContent = text().connection[connection];
  }

  // --- figures ------------------------------------------------------------------------------------------------

  function onOverview(session, overview) {
    if (session !== state.session) {
      return;
    }
    state.overview = overview;
    renderTiles();
    scheduleCharts(session);
  }

  function renderTiles() {
    const overview = state.overview;
    $("#edition-name").textContent = overview ? `${localized(overview.name) || overview.editionId}` : "";
    const t = text().details;
    if (!overview) {
      for (const tile of document.querySelectorAll("[data-figure]")) {
        setFigure(tile.dataset.figure, null, "–", "");
      }
      $("#as-of").textContent = "";
      return;
    }
    const { exhibitors, booths, visitors } = overview;
    setFigure("exhibitors", exhibitors.approved, number(exhibitors.approved), t.exhibitors(exhibitors.applied));
    setFigure("internationalShare", exhibitors.internationalShare, percent(exhibitors.internationalShare),
      t.internationalShare(exhibitors.international));
    setFigure("countriesAndRegions", exhibitors.countriesAndRegions, number(exhibitors.countriesAndRegions),
      t.countriesAndRegions(regionName(overview.hostCountry || "CN")));
    setFigure("boothsConfirmed", booths.confirmed, number(booths.confirmed),
      t.boothsConfirmed(booths.total, booths.occupancyByCount));
    setFigure("visitors", visitors.registered, number(visitors.registered), t.visitors(visitors.professional));
    setFigure("admissions", visitors.admissions, number(visitors.admissions), t.admissions(visitors.uniqueAdmitted));

    const asOf = overview.asOf ? text().asOf(dateTime(overview.asOf, overview.timeZone)) : text().noEvents;
    const lag = overview.lag && overview.lag.events > 0 ? " · " + text().lag(number(overview.lag.events)) : "";
    $("#as-of").textContent = asOf + lag;
  }

  /** The raw value in data-value (for scripts and tests), the formatted one for people. */
  function setFigure(name, value, shown, detail) {
    const tile = document.querySelector(`[data-figure="${name}"]`);
    tile.dataset.value = value === null || value === undefined ? "" : String(value);
    tile.querySelector(".value").textContent = shown;
    tile.querySelector(".detail").textContent = detail;
  }

  // --- charts -------------------------------------------------------------------------------------------------

  /** Loads the breakdowns now, or when a second has passed since the last load; several calls, one load. */
  function scheduleCharts(session) {
    if (session.chartTimer) {
      return;
    }
    const wait = Math.max(0, session.chartsLoadedAt + CHART_INTERVAL_MS - Date.now());
    session.chartTimer = setTimeout(() => {
      session.chartTimer = null;
      session.chartsLoadedAt = Date.now();
      loadCharts(session);
    }, wait);
  }

  async function loadCharts(session) {
    const edition = `editions/${encodeURIComponent(session.editionId)}`;
    const signal = session.controller.signal;
    try {
      const [chains, countries, halls, categories, admissions] = await Promise.all([
        getJson(`${edition}/exhibitors?groupBy=chain`, signal),
        getJson(`${edition}/exhibitors?groupBy=countryCode`, signal),
        getJson(`${edition}/booths?groupBy=hall`, signal),
        getJson(`${edition}/visitors?groupBy=category`, signal),
        getJson(`${edition}/timeseries?metric=admissions&interval=PT1H`, signal)
      ]);
      if (session !== state.session) {
        return;
      }
      state.breakdowns = { chains, countries, halls, categories, admissions: admissions.items || [] };
      showProblem("");
      renderCharts();
    } catch (error) {
      if (session === state.session) {
        onFailure(error);
      }
    }
  }

  function renderCharts() {
    const data = state.breakdowns;
    for (const element of document.querySelectorAll("[data-chart]")) {
      const name = element.dataset.chart;
      if (!data) {
        element.dataset.points = "";
        if (state.charts[name]) {
          state.charts[name].clear();
        }
        continue;
      }
      if (!state.charts[name]) {
        state.charts[name] = echarts.init(element, null, { renderer: "canvas" });
      }
      const option = CHARTS[name](data[name]);
      state.charts[name].setOption(option, true);
      element.dataset.points = String(data[name].length);
    }
  }

  const CHARTS = {
    chains: (rows) => horizontalBars(sortedByCount(rows).map((row) => [chainName(row.key), row.count]),
      text().series.exhibitors),
    countries: (rows) => horizontalBars(sortedByCount(rows).slice(0, TOP_COUNTRIES)
      .map((row) => [regionName(row.key), row.count]), text().series.exhibitors),
    halls: (rows) => {
      const series = text().series;
      const halls = rows.slice().sort((a, b) => String(a.key).localeCompare(String(b.key)));
      const stack = (name, field, color) => ({
        name, type: "bar", stack: "booths", barMaxWidth: 48, color, data: halls.map((hall) => hall[field])
      });
      return {
        aria: { enabled: true },
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        legend: { top: 0 },
        grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: halls.map((hall) => hall.key) },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          stack(series.confirmed, "confirmed", "#0b3d6e"),
          stack(series.held, "held", "#f2a900"),
          stack(series.available, "available", "#c5d3e0")
        ]
      };
    },
    categories: (rows) => ({
      aria: { enabled: true },
      tooltip: { trigger: "item", formatter: (item) => `${item.name}: ${number(item.value)} (${item.percent}%)` },
      legend: { bottom: 0 },
      series: [{
        name: text().series.visitors,
        type: "pie",
        radius: ["40%", "68%"],
        center: ["50%", "45%"],
        data: sortedByCount(rows).map((row) => ({ name: categoryName(row.key), value: row.count }))
      }]
    }),
    admissions: (items) => ({
      aria: { enabled: true },
      tooltip: { trigger: "axis" },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      // Buckets start at local times of the edition's zone ("2025-07-16T09:00:00+08:00"): shown as written.
      xAxis: { type: "category", data: items.map((item) => item.start.slice(5, 16).replace("T", " ")) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{
        name: text().series.admissions, type: "bar", barMaxWidth: 24, color: "#0b3d6e",
        data: items.map((item) => item.count)
      }]
    })
  };

  function horizontalBars(pairs, seriesName) {
    const shown = pairs.slice().reverse(); // ECharts draws the first category at the bottom
    return {
      aria: { enabled: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: shown.map((pair) => pair[0]) },
      series: [{
        name: seriesName, type: "bar", barMaxWidth: 24, color: "#0b3d6e", data: shown.map((pair) => pair[1])
      }]
    };
  }

  function sortedByCount(rows) {
    return rows.slice().sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
  }

  // --- language -----------------------------------------------------------------------------------------------

  function initialLanguage() {
    const chosen = localStorage.getItem(LANGUAGE_KEY);
    if (chosen === "en" || chosen === "zh") {
      return chosen;
    }
    return (navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en";
  }

  function setLanguage(language, remember) {
    state.language = language;
    if (remember) {
      localStorage.setItem(LANGUAGE_KEY, language);
    }
    const t = text();
    document.documentElement.lang = t.locale;
    document.title = t.title;
    for (const element of document.querySelectorAll("[data-i18n]")) {
      element.textContent = lookUp(t, element.dataset.i18n);
    }
    const toggle = $("#language");
    toggle.textContent = t.otherLanguage;
    toggle.lang = language === "en" ? "zh-CN" : "en";
    setConnection($("#connection").dataset.state || "idle");
    if (state.editions.length) {
      renderEditionOptions();
    }
    renderTiles();
    renderCharts();
  }

  function lookUp(table, path) {
    return path.split(".").reduce((entry, key) => (entry ? entry[key] : undefined), table) || path;
  }

  function localized(name) {
    if (!name) {
      return "";
    }
    return (state.language === "zh" && name.zh) || name.en || name.zh || "";
  }

  function chainName(key) {
    return text().chains[key] || key;
  }

  function categoryName(key) {
    return text().categories[key] || key;
  }

  /** A country's or region's name in the page's language; the code itself for one the browser does not know. */
  function regionName(code) {
    try {
      return new Intl.DisplayNames([text().locale], { type: "region" }).of(code) || code;
    } catch (ignored) {
      return code;
    }
  }

  function number(value) {
    return value === null || value === undefined ? "–" : Number(value).toLocaleString(text().locale);
  }

  function percent(fraction) {
    return fraction === null || fraction === undefined ? "–"
      : Number(fraction).toLocaleString(text().locale, { style: "percent", maximumFractionDigits: 1 });
  }

  /** The instant in the edition's time zone, with the zone named. */
  function dateTime(instant, timeZone) {
    const options = { dateStyle: "medium", timeStyle: "long" };
    try {
      return new Date(instant).toLocaleString(text().locale, { ...options, timeZone });
    } catch (ignored) {
      return new Date(instant).toLocaleString(text().locale, options); // a zone this browser does not know
    }
  }
}());
