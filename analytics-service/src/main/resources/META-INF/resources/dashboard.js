/*
 * The organiser's live dashboard: the figures of GET /api/v1/analytics/editions/{id}/overview, pushed by the
 * edition's event stream, and the breakdowns behind them as ECharts charts, in English and Chinese.
 *
 * People sign in at the suite's OpenID provider, which GET /api/v1/analytics/sign-in names: authorization code
 * with PKCE, as a public client. The tokens live in this page's memory only, never in storage or a URL, where
 * other scripts, logs and the history could read them; a reload signs in again, silently while the provider's
 * session lasts. The stream is read with fetch() so that the token travels in the Authorization header:
 * EventSource cannot send one.
 */
(function () {
  "use strict";

  const API = "api/v1/analytics";
  // The state, nonce and code verifier of a sign-in under way (and the edition asked for): never a token.
  const SIGN_IN_KEY = "expo.dashboard.sign-in";
  const RENEW_AHEAD_MS = 60000; // access tokens live 5 minutes: renewed one minute before they expire
  const RENEW_RETRY_MS = 15000; // the provider did not answer: the token may still be good for a while
  const FRESH_SIGN_IN_MS = 30000; // a token refused this soon after signing in would be refused again
  const READER_ROLES = ["analyst", "organizer"];
  const PROVIDER_ROLES = /^(offline_access|uma_authorization|default-roles-.+)$/; // Keycloak's own, not the suite's
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
      signedInAs: "Signed in as",
      signOut: "Sign out",
      signingIn: "Signing in…",
      signInAgain: "Sign in again",
      signInFailed: (reason) => `Signing in did not succeed: ${reason}`,
      insecurePage: "this page must be opened over HTTPS (or from localhost) to sign in",
      unreachable: (url) => `${url} could not be reached`,
      idTokenInvalid: "the provider's answer was not for this sign-in",
      tokenNotAccepted: "the analytics service does not accept tokens of this provider (HTTP 401): it trusts "
        + "another issuer or audience",
      refusedTitle: "This account may not open the dashboard",
      refused: (roles, count) => (count === 0 ? "This account has no role in the suite" : `This account `
        + `(${count === 1 ? "role" : "roles"}: ${roles})`) + " may not open the dashboard: it shows the organiser's "
        + "figures to analysts and organiser staff only.",
      roles: {
        analyst: "analyst", organizer: "organizer", exhibitor: "exhibitor", partner: "partner", gate: "gate"
      },
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
      signedInAs: "当前用户",
      signOut: "退出登录",
      signingIn: "正在登录…",
      signInAgain: "重新登录",
      signInFailed: (reason) => `登录未成功：${reason}`,
      insecurePage: "须通过 HTTPS（或在 localhost 上）打开此页面才能登录",
      unreachable: (url) => `无法访问 ${url}`,
      idTokenInvalid: "身份提供方的应答不属于本次登录",
      tokenNotAccepted: "分析服务不接受此身份提供方签发的令牌（HTTP 401）：它信任的签发方或受众不同",
      refusedTitle: "此账号不能打开看板",
      refused: (roles, count) => (count === 0 ? "此账号在本系统中没有任何角色" : `此账号（角色：${roles}）`)
        + "不能打开看板：看板只向分析员和主办方工作人员展示主办方的数据。",
      roles: {
        analyst: "分析员", organizer: "主办方", exhibitor: "参展商", partner: "合作伙伴", gate: "闸口"
      },
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

  /** The API refused the token (401) or the person (403): the page signs in again or shows the refusal. */
  class AuthError extends Error {
    constructor(status) {
      super(`HTTP ${status}`);
      this.status = status;
    }
  }

  /** The provider's token endpoint refused (4xx) or failed (5xx), with its OAuth error as the message. */
  class TokenError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** Any other answer than 2xx, with the problem's detail as its message. */
  class HttpError extends Error {
  }

  const state = {
    language: initialLanguage(),
    editions: [],
    notice: null, // the refusal's or the failed sign-in's text: {selector, say()}
    session: null, // the selected edition's stream and chart loads; replaced (and aborted) on every change
    overview: null,
    breakdowns: null,
    charts: {}
  };

  /** The provider and the tokens, in memory only: a reload or another tab signs in anew. */
  const auth = {
    settings: null, // GET sign-in: issuer, clientId, scope
    provider: null, // the issuer's discovery document
    accessToken: null,
    refreshToken: null,
    idToken: null,
    claims: {}, // of the access token, unverified: the page reads roles from it, the API checks it
    name: "",
    renewAt: 0,
    signedInAt: 0,
    renewTimer: null,
    renewing: null,
    leaving: false // on the way to the provider: failures of what was still running are of no interest
  };

  const $ = (selector) => document.querySelector(selector);
  const text = () => TEXT[state.language];

  document.addEventListener("DOMContentLoaded", start);

  async function start() {
    sessionStorage.removeItem("expo.dashboard.token"); // left by the pasted-token form this page had before
    $("#sign-out").addEventListener("click", signOut);
    $("#refused-sign-out").addEventListener("click", signOut);
    $("#sign-in").addEventListener("click", () => location.reload()); // the settings and the provider read anew
    $("#language").addEventListener("click", () =>
      setLanguage(state.language === "en" ? "zh" : "en", true));
    $("#edition").addEventListener("change", (event) => selectEdition(event.target.value));
    window.addEventListener("resize", () => Object.values(state.charts).forEach((chart) => chart.resize()));
    setLanguage(state.language, false);

    let signedIn;
    try {
      auth.settings = await getPublicJson(`${API}/sign-in`);
      const issuer = auth.settings.issuer.replace(/\/$/, "");
      auth.provider = await getPublicJson(`${issuer}/.well-known/openid-configuration`);
      signedIn = await finishSignIn();
      if (!signedIn) {
        await signIn(fragmentParameters().get("edition"));
        return;
      }
    } catch (error) {
      showSignInFailure(error.message);
      return;
    }
    $("#signing-in").hidden = true;
    $("#signed-in-as").textContent = auth.name;
    $("#account").hidden = false;
    $("#sign-out").hidden = false;
    if (!mayRead()) {
      showRefusal();
      return;
    }
    loadEditions(signedIn.edition);
  }

  // --- signing in ---------------------------------------------------------------------------------------------

  /** Where the provider sends the browser back to, after signing in and out: this page, without query or fragment. */
  function dashboardUrl() {
    return location.origin + location.pathname;
  }

  function fragmentParameters() {
    return new URLSearchParams(location.hash.slice(1));
  }

  /** A GET without credentials: the sign-in settings and the discovery document are public. */
  async function getPublicJson(url) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "omit" });
    } catch (error) {
      throw new Error(text().unreachable(url));
    }
    if (!response.ok) {
      throw new HttpError(`${url}: ${await problemDetail(response)}`);
    }
    return response.json();
  }

  /** Sends the browser to the provider, which sends it back with ?code=&state= (finishSignIn). */
  async function signIn(edition) {
    if (!window.crypto || !crypto.subtle) {
      throw new Error(text().insecurePage); // Web Crypto, which PKCE needs, exists in secure contexts only
    }
    const pending = { state: randomText(), nonce: randomText(), verifier: randomText(), edition: edition || null };
    sessionStorage.setItem(SIGN_IN_KEY, JSON.stringify(pending));
    const url = new URL(auth.provider.authorization_endpoint);
    const parameters = {
      response_type: "code",
      client_id: auth.settings.clientId,
      redirect_uri: dashboardUrl(),
      scope: auth.settings.scope,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await challenge(pending.verifier),
      code_challenge_method: "S256",
      ui_locales: text().locale
    };
    Object.entries(parameters).forEach(([name, value]) => url.searchParams.set(name, value));
    auth.leaving = true;
    location.assign(url.href);
  }

  /** Signs in again from a running page, coming back to the edition on show. */
  function signInAgain() {
    const edition = $("#edition").value || fragmentParameters().get("edition");
    stopSession();
    forgetTokens();
    signIn(edition).catch((error) => showSignInFailure(error.message));
  }

  /**
   * Completes the sign-in the provider sent back (?code=&state= or ?error=), and returns what this tab asked
   * for then; null when the address holds none, or one this tab did not start (a bookmarked or replayed answer
   * is dropped, and a new sign-in begins).
   */
  async function finishSignIn() {
    const answer = new URLSearchParams(location.search);
    if (!answer.has("code") && !answer.has("error")) {
      return null;
    }
    const stored = sessionStorage.getItem(SIGN_IN_KEY);
    sessionStorage.removeItem(SIGN_IN_KEY);
    // The code is single-use, but it leaves the address bar and the history at once all the same.
    history.replaceState(null, "", dashboardUrl());
    const pending = stored ? JSON.parse(stored) : null;
    if (!pending || answer.get("state") !== pending.state) {
      return null;
    }
    if (answer.has("error")) {
      throw new Error(answer.get("error_description") || answer.get("error"));
    }
    const tokens = await tokenRequest({
      grant_type: "authorization_code",
      code: answer.get("code"),
      redirect_uri: dashboardUrl(),
      code_verifier: pending.verifier
    });
    // Straight from the token endpoint over TLS, so its signature need not be checked here (OIDC Core 3.1.3.7).
    const person = claimsOf(tokens.id_token);
    if (!person || person.nonce !== pending.nonce || person.iss !== auth.provider.issuer
      || ![].concat(person.aud).includes(auth.settings.clientId)) {
      throw new Error(text().idTokenInvalid);
    }
    keepTokens(tokens);
    auth.signedInAt = Date.now();
    return pending;
  }

  /** A form POST to the provider's token endpoint (no preflight); its answer, or a TokenError. */
  async function tokenRequest(parameters) {
    let response;
    try {
      response = await fetch(auth.provider.token_endpoint, {
        method: "POST",
        headers: { Accept: "application/json" },
        body: new URLSearchParams({ client_id: auth.settings.clientId, ...parameters }),
        credentials: "omit",
        cache: "no-store"
      });
    } catch (error) {
      throw new TokenError(0, error.message); // unreachable, or refused by CORS (its web origins)
    }
    const answer = await response.json().catch(() => ({}));
    if (!response.ok || !answer.access_token) {
      throw new TokenError(response.status, answer.error_description || answer.error || `HTTP ${response.status}`);
    }
    return answer;
  }

  function keepTokens(tokens) {
    auth.accessToken = tokens.access_token;
    auth.refreshToken = tokens.refresh_token || auth.refreshToken;
    auth.idToken = tokens.id_token || auth.idToken;
    auth.claims = claimsOf(tokens.access_token) || {};
    const person = claimsOf(auth.idToken) || {};
    auth.name = person.preferred_username || auth.claims.preferred_username || person.sub || "";
    const lifetime = (Number(tokens.expires_in) || 300) * 1000;
    scheduleRenewal(Math.max(lifetime - RENEW_AHEAD_MS, lifetime / 2));
  }

  function forgetTokens() {
    clearTimeout(auth.renewTimer);
    Object.assign(auth, {
      accessToken: null, refreshToken: null, idToken: null, claims: {}, name: "", renewAt: 0, renewTimer: null
    });
  }

  function scheduleRenewal(delay) {
    clearTimeout(auth.renewTimer);
    auth.renewAt = Date.now() + delay;
    auth.renewTimer = setTimeout(renew, delay);
  }

  /** Renews the access token with the refresh token; one renewal at a time, however many ask. */
  function renew() {
    if (!auth.renewing) {
      auth.renewing = renewNow().finally(() => {
        auth.renewing = null;
      });
    }
    return auth.renewing;
  }

  async function renewNow() {
    if (!auth.refreshToken) {
      signInAgain();
      return;
    }
    try {
      keepTokens(await tokenRequest({ grant_type: "refresh_token", refresh_token: auth.refreshToken }));
    } catch (error) {
      if (error.status >= 400 && error.status < 500) {
        signInAgain(); // refused: the provider's session has ended or was revoked
      } else {
        scheduleRenewal(RENEW_RETRY_MS);
      }
      return;
    }
    if (!mayRead()) {
      showRefusal(); // roles are the provider's: they may have changed since the last token
    }
  }

  /** The access token, renewed first if its renewal is overdue: a background tab's timer may fire late. */
  async function accessToken() {
    if (Date.now() >= auth.renewAt) {
      await renew();
    }
    return auth.accessToken;
  }

  /**
   * Ends the provider's session too (RP-initiated logout), by a form POST so that the ID token stays out of URLs;
   * the provider sends the browser back to this page, which then signs in anew.
   */
  function signOut() {
    const idToken = auth.idToken;
    stopSession();
    forgetTokens();
    sessionStorage.removeItem(SIGN_IN_KEY);
    const endpoint = auth.provider && auth.provider.end_session_endpoint;
    if (!endpoint) {
      location.assign(dashboardUrl());
      return;
    }
    const form = document.createElement("form");
    form.method = "post";
    form.action = endpoint;
    form.hidden = true;
    const fields = {
      id_token_hint: idToken, client_id: auth.settings.clientId, post_logout_redirect_uri: dashboardUrl()
    };
    for (const [name, value] of Object.entries(fields).filter(([, v]) => v)) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    auth.leaving = true;
    form.submit();
  }

  /** 43 characters of base64url from 32 random bytes: a state, a nonce or a PKCE code verifier. */
  function randomText() {
    return base64Url(crypto.getRandomValues(new Uint8Array(32)));
  }

  /** The PKCE S256 challenge: base64url of the verifier's SHA-256. */
  async function challenge(verifier) {
    return base64Url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  }

  function base64Url(bytes) {
    return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_")
      .replace(/=+$/, "");
  }

  /** A JWT's payload, or null for anything else. */
  function claimsOf(token) {
    try {
      const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      const bytes = Uint8Array.from(atob(part + "===".slice((part.length + 3) % 4)), (c) => c.charCodeAt(0));
      return JSON.parse(new TextDecoder().decode(bytes));
    } catch (ignored) {
      return null;
    }
  }

  // --- who may look -------------------------------------------------------------------------------------------

  /** The suite's roles of the signed-in person (the access token's groups), without the provider's own. */
  function roles() {
    const groups = Array.isArray(auth.claims.groups) ? auth.claims.groups : [];
    return groups.filter((role) => typeof role === "string" && !PROVIDER_ROLES.test(role));
  }

  function mayRead() {
    return roles().some((role) => READER_ROLES.includes(role));
  }

  /** The dashboard shows the organiser's figures: anyone else gets this page and nothing is loaded. */
  function showRefusal() {
    stopSession();
    $("#signing-in").hidden = true;
    $("#dashboard").hidden = true;
    $("#problem").hidden = true;
    $(".edition").hidden = true;
    clearTimeout(auth.renewTimer); // the tokens are kept for signing out only
    showNotice("#refused-reason", () => {
      const names = roles().map((role) => text().roles[role] || role);
      return text().refused(list(names), names.length);
    });
    $("#refused").hidden = false;
  }

  /** {@code reason}: a text, or a function that says it in the current language. */
  function showSignInFailure(reason) {
    stopSession();
    $("#signing-in").hidden = true;
    $("#dashboard").hidden = true;
    showNotice("#sign-in-message", () => text().signInFailed(typeof reason === "function" ? reason() : reason));
    $("#sign-in-failed").hidden = false;
    $("#sign-out").hidden = !auth.idToken;
  }

  /** Writes {@code say()} into the element now and again whenever the language changes. */
  function showNotice(selector, say) {
    state.notice = { selector, say };
    renderNotice();
  }

  function renderNotice() {
    if (state.notice) {
      $(state.notice.selector).textContent = state.notice.say();
    }
  }

  function onFailure(error) {
    if (error.name === "AbortError" || auth.leaving) {
      return;
    }
    if (error instanceof AuthError && error.status === 403) {
      showRefusal();
    } else if (error instanceof AuthError && Date.now() - auth.signedInAt < FRESH_SIGN_IN_MS) {
      showSignInFailure(() => text().tokenNotAccepted); // signing in again would only go round in a loop
    } else if (error instanceof AuthError) {
      signInAgain();
    } else {
      showProblem(text().loadFailed(error.message));
    }
  }

  function showProblem(message) {
    $("#problem").textContent = message;
    $("#problem").hidden = !message;
  }

  // --- HTTP ---------------------------------------------------------------------------------------------------

  async function request(path, signal, accept) {
    const response = await fetch(`${API}/${path}`, {
      headers: { Authorization: `Bearer ${await accessToken()}`, Accept: accept || "application/json" },
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
    renderNotice();
    renderTiles();
    renderCharts();
  }

  /** Names joined as the language does: "gate and partner", "闸口和合作伙伴". */
  function list(names) {
    try {
      return new Intl.ListFormat(text().locale, { type: "conjunction" }).format(names);
    } catch (ignored) {
      return names.join(", ");
    }
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
