"""Drives a running Paritrana demo as its people do, round after round, until the time is up.

Each round signs in (form login with the page's CSRF token, one cookie jar per person) as every
demo role in turn, opens that person's pages, performs one write of every kind through the same
forms a browser submits, and signs out; anonymous visitors read the public pages and the API is
called with HTTP Basic. Every response is checked: a 5xx, an unexpected 4xx, a failed sign-in, a
write that does not redirect (the form came back with problems) or a connection failure is an
error. Prints a progress line a minute and the totals at the end; exits 1 when there was any error.
Standard library only. Usage: python3 bench/soak.py BASE_URL SECONDS
"""
import base64
import html.parser
import http.cookiejar
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "paritrana2024"
SOAK_OPERATOR = "operator.tarakan"
# accounts the soak creates need a password the policy accepts (the demo one is too common)
SOAK_PASSWORD = "Kuat-Sekali-7391"
YEAR = 2024


class Form(html.parser.HTMLParser):
    """The fields a browser would submit for each form of a page, by action."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "method": a.get("method", "get").lower(),
                               "fields": [], "buttons": []})
            return
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        if tag == "input" and a.get("name") and "disabled" not in a:
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image"):
                self.forms[-1]["buttons"].append((a["name"], a.get("value", "")))
            elif kind in ("checkbox", "radio"):
                if "checked" in a:
                    fields.append([a["name"], a.get("value", "on")])
            elif kind != "file":
                fields.append([a["name"], a.get("value", "")])
        elif tag == "button" and a.get("name"):
            self.forms[-1]["buttons"].append((a["name"], a.get("value", "")))
        elif tag == "select" and a.get("name") and "disabled" not in a:
            self._select = [a["name"], None, None]
        elif tag == "option" and self._select is not None:
            value = a.get("value")
            if self._select[2] is None:
                self._select[2] = value
            if "selected" in a:
                self._select[1] = value
        elif tag == "textarea" and a.get("name") and "disabled" not in a:
            self._textarea = [a["name"], ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data
        elif self._select is not None and self._select[2] is None:
            pass

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None:
            name, chosen, first = self._select
            value = chosen if chosen is not None else first
            if value is not None:
                self.forms[-1]["fields"].append([name, value])
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self.forms[-1]["fields"].append(self._textarea)
            self._textarea = None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Totals:
    def __init__(self):
        self.requests = 0
        self.errors = 0
        self.server_errors = 0
        self.connection_failures = 0
        self.writes = 0
        self.signins = 0
        self.rounds = 0
        self.health_checks = 0
        self.last = []

    def error(self, what):
        self.errors += 1
        self.last = (self.last + [time.strftime("%H:%M:%S ") + what])[-20:]
        print("ERROR " + time.strftime("%H:%M:%S ") + what, flush=True)


class Person:
    """One browser: its own cookie jar, no automatic redirects (they are followed and checked here)."""

    def __init__(self, base, totals, username=None, password=PASSWORD):
        self.base = base
        self.password = password
        self.totals = totals
        self.username = username
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, path, data=None, headers=None, expect=(200,)):
        url = path if path.startswith("http") else self.base + path
        body = None
        if data is not None:
            pairs = data.items() if isinstance(data, dict) else [tuple(f) for f in data]
            body = urllib.parse.urlencode(list(pairs)).encode()
        req = urllib.request.Request(url, data=body, headers=headers or {"Accept": "text/html,*/*;q=0.8"})
        self.totals.requests += 1
        who = self.username or "anonymous"
        try:
            with self.opener.open(req, timeout=60) as response:
                status, location, text = response.status, response.headers.get("Location"), response.read()
        except urllib.error.HTTPError as ex:
            status, location, text = ex.code, ex.headers.get("Location"), ex.read()
        except (urllib.error.URLError, OSError) as ex:
            self.totals.connection_failures += 1
            self.totals.error(f"{who} {'POST' if data is not None else 'GET'} {path}: {ex}")
            return None, None, ""
        text = text.decode("utf-8", "replace")
        if status >= 500:
            self.totals.server_errors += 1
        if status not in expect:
            self.totals.error(f"{who} {'POST' if data is not None else 'GET'} {path}: {status} "
                              f"(expected {expect}) {location or text[:200]!r}")
        return status, location, text

    def page(self, path):
        """A page, following redirects within the site as a browser does."""
        for _ in range(5):
            status, location, text = self.request(path, expect=(200, 302))
            if status != 302:
                return text
            path = location
        return ""

    def forms(self, path, action):
        parser = Form()
        parser.feed(self.page(path))
        return [f for f in parser.forms if re.search(action, f["action"])]

    def submit(self, path, action, changes=None, button=None, expect_location=None):
        """Submits the first form of the page whose action matches, with changed fields; a write
        must answer with a redirect (a form shown again means the input was refused)."""
        found = self.forms(path, action)
        if not found:
            self.totals.error(f"{self.username} {path}: no form {action}")
            return None
        form = found[0]
        fields = [list(f) for f in form["fields"]]
        for name, value in (changes or {}).items():
            fields = [f for f in fields if f[0] != name] + [[name, value]]
        if button:
            fields.append(list(button))
        status, location, text = self.request(form["action"], data=fields, expect=(302,))
        self.totals.writes += 1
        if status == 302 and expect_location and not re.search(expect_location, location or ""):
            self.totals.error(f"{self.username} POST {form['action']}: redirected to {location}")
        if status == 200:
            problems = re.findall(r'class="[^"]*(?:alert-danger|invalid-feedback)[^"]*"[^>]*>([^<]+)', text)
            self.totals.error(f"{self.username} POST {form['action']}: refused {problems[:3]}")
        return location

    def sign_in(self):
        token = self.csrf("/login")
        status, location, _ = self.request("/login", data={"username": self.username, "password": self.password,
                                                            "_csrf": token}, expect=(302,))
        self.totals.signins += 1
        if status == 302 and "error" in (location or ""):
            self.totals.error(f"{self.username} sign-in refused: {location}")
            return False
        return status == 302

    def sign_out(self):
        self.request("/logout", data={"_csrf": self.csrf("/")}, expect=(302,))
        self.jar.clear()

    def csrf(self, path):
        match = re.search(r'name="_csrf" value="([^"]*)"', self.page(path))
        if not match:
            match = re.search(r'name="_csrf" content="([^"]*)"', self.page(path))
        return match.group(1) if match else ""


def links(text, pattern):
    return list(dict.fromkeys(re.findall(r'href="(' + pattern + r')"', text)))


def health(base, totals):
    status, _, text = Person(base, totals).request("/actuator/health")
    totals.health_checks += 1
    if status == 200 and '"UP"' not in text:
        totals.error(f"health not UP: {text[:200]}")


def anonymous(base, totals):
    visitor = Person(base, totals)
    for path in ("/publik", f"/publik/{YEAR}", "/publik/cakupan", "/login",
                 f"/api/v1/public/editions/{YEAR}/winners"):
        visitor.page(path)


def api_basic(base, totals):
    basic = base64.b64encode(f"admin:{PASSWORD}".encode()).decode()
    client = Person(base, totals, "admin (Basic)")
    _, _, text = client.request(f"/api/v1/editions/{YEAR}/desk-scores?category=PEMKAB_PEMKOT&size=20",
                                headers={"Authorization": "Basic " + basic})
    if text and "PEMKAB_PEMKOT" not in text and '"code"' not in text:
        totals.error(f"API desk scores without rows: {text[:200]}")


def admin(base, totals, round_no):
    me = Person(base, totals, "admin")
    if not me.sign_in():
        return
    for path in ("/", f"/edisi/{YEAR}/skor-meja", f"/edisi/{YEAR}/kandidat", f"/edisi/{YEAR}/tahap",
                 "/admin/edisi", f"/admin/edisi/{YEAR}", "/admin/pengguna", "/admin/audit", "/hasil",
                 f"/edisi/{YEAR}/hasil/75", "/data", "/wilayah", "/admin/pesan", "/kemajuan", "/pesan"):
        me.page(path)
    # an edition change: the jury settings saved as they are (a write, audited)
    me.submit(f"/admin/edisi/{YEAR}", r"/admin/edisi/\d+/juri$")
    # a user created with an e-mail address (its invitation written to the outbox), then disabled
    name = f"soak{int(time.time())}{round_no}"
    me.submit("/admin/pengguna/baru", r"/admin/pengguna$",
              {"username": name, "displayName": f"Soak {round_no}", "role": "VERIFIKATOR",
               "provinceCode": "34", "password": SOAK_PASSWORD, "email": f"{name}@example.test"})
    listing = me.page(f"/admin/pengguna?q={name}")
    found = links(listing, r"/admin/pengguna/\d+")
    if not found:
        totals.error(f"admin: created user {name} not listed")
    else:
        edit = me.forms(found[0], r"/admin/pengguna/\d+$")
        if edit:
            fields = [f for f in edit[0]["fields"] if f[0] not in ("enabled", "_enabled")]
            fields.append(["_enabled", "on"])
            me.request(edit[0]["action"], data=fields, expect=(302,))
            totals.writes += 1
    # an API token created and revoked
    me.submit("/akun/token", r"/akun/token$", {"name": f"soak {round_no}", "days": "1"})
    revoke = me.forms("/akun/token", r"/akun/token/\d+/cabut$")
    if revoke:
        me.submit("/akun/token", r"/akun/token/\d+/cabut$")
    else:
        totals.error("admin: no token to revoke")
    me.sign_out()


def operator(base, totals):
    me = Person(base, totals, "operator.yogyakarta")
    if not me.sign_in():
        return
    for path in ("/", "/kandidat", f"/edisi/{YEAR}/kandidat/34.71"):
        me.page(path)
    me.sign_out()
    # DI Yogyakarta's questionnaires are closed (interviews); Kota Tarakan's level is in verification
    me = Person(base, totals, SOAK_OPERATOR, SOAK_PASSWORD)
    if not me.sign_in():
        return
    me.submit(f"/edisi/{YEAR}/kandidat/65.71", r"/kuesioner$", button=("action", "draft"))
    me.sign_out()


def setup(base, totals):
    """An operator of Kota Tarakan (Kalimantan Utara, in verification), whose questionnaire is open."""
    me = Person(base, totals, "admin")
    if me.sign_in():
        me.submit("/admin/pengguna/baru", r"/admin/pengguna$",
                  {"username": SOAK_OPERATOR, "displayName": "Operator Kota Tarakan", "role": "OPERATOR_PEMDA",
                   "provinceCode": "65", "governmentCode": "65.71", "password": SOAK_PASSWORD})
        me.sign_out()


def juror(base, totals, username):
    me = Person(base, totals, username)
    if not me.sign_in():
        return
    listing = me.page("/penilaian")
    me.page("/")
    me.page("/pesan")
    me.page(f"/edisi/{YEAR}/penilaian-saya")
    sheets = links(listing, rf"/penilaian/{YEAR}/PROVINSI/[A-Z_]+/[0-9.]+")
    for sheet in sheets:
        form = me.forms(sheet, r"/penilaian/\d+/PROVINSI/[A-Z_]+/[0-9.]+$")
        if form and any(f[0].startswith("score.") for f in form[0]["fields"]):
            me.submit(sheet, r"/penilaian/\d+/PROVINSI/[A-Z_]+/[0-9.]+$", button=("action", "draft"))
            break
    me.sign_out()


def reader(base, totals, username, paths):
    me = Person(base, totals, username)
    if not me.sign_in():
        return
    for path in paths:
        me.page(path)
    me.sign_out()


def main():
    base, seconds = sys.argv[1].rstrip("/"), int(sys.argv[2])
    totals = Totals()
    setup(base, totals)
    start = time.time()
    next_progress = start + 60
    while time.time() - start < seconds:
        totals.rounds += 1
        steps = [
            lambda: health(base, totals),
            lambda: anonymous(base, totals),
            lambda: admin(base, totals, totals.rounds),
            lambda: api_basic(base, totals),
            lambda: reader(base, totals, "panitia.diy", ["/", f"/edisi/{YEAR}/skor-meja", f"/edisi/{YEAR}/tahap/34",
                                                         f"/edisi/{YEAR}/seleksi/34", f"/edisi/{YEAR}/tim/34",
                                                         f"/edisi/{YEAR}/penugasan/34", f"/edisi/{YEAR}/jadwal/34"]),
            lambda: reader(base, totals, "verifikator.diy", ["/", f"/edisi/{YEAR}/verifikasi",
                                                             f"/edisi/{YEAR}/kandidat"]),
            lambda: operator(base, totals),
            lambda: juror(base, totals, f"penilai.diy{(totals.rounds - 1) % 5 + 1}"),
            lambda: reader(base, totals, "penilai", ["/", "/penilaian"]),
            lambda: reader(base, totals, "operator.bu", ["/", "/kandidat"]),
        ]
        for step in steps:
            try:
                step()
            except Exception as ex:  # a page this driver cannot read is a finding, not the end of the soak
                totals.error(f"round {totals.rounds}: {type(ex).__name__}: {ex}")
            if time.time() - start >= seconds:
                break
            if time.time() >= next_progress:
                next_progress += 60
                print(f"{int(time.time() - start)} s: {totals.rounds} rounds, {totals.requests} requests, "
                      f"{totals.writes} writes, {totals.errors} errors", flush=True)
    health(base, totals)
    elapsed = time.time() - start
    print(json.dumps({"duration_s": round(elapsed), "rounds": totals.rounds, "requests": totals.requests,
                      "sign_ins": totals.signins, "writes": totals.writes, "health_checks": totals.health_checks,
                      "errors": totals.errors, "server_errors_5xx": totals.server_errors,
                      "connection_failures": totals.connection_failures,
                      "requests_per_s": round(totals.requests / max(elapsed, 1), 1)}))
    for line in totals.last:
        print("  last error: " + line)
    sys.exit(1 if totals.errors else 0)


if __name__ == "__main__":
    main()
