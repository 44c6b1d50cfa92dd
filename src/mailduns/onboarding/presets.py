"""What `mailduns init` knows about the common mail providers of Italian and Spanish freelancers.

One `Provider` per family: where its IMAP and SMTP servers are, the names its Sent and Drafts
folders usually have (English and localized: the server's RFC 6154 flag wins when it has one, the
names are the fallback and the hint), how a program logs in there (app password, OAuth2, or the
normal password), and whether the provider files a copy of what is sent through its SMTP server in
Sent by itself (Gmail and Microsoft do; if mailduns also appended its copy, every reminder would be
there twice). `saves_sent` is None where that is not known for sure: the config then says
`server_saves_sent = "auto"` and the daemon finds out.

Host names are the ones the providers publish on their help pages; where an entry is less certain
(regional variants, providers that moved their mail to new platforms), a comment next to it says so,
and the note the freelancer reads says where to look. The login test of `init` is what finally
settles it: nothing is written until both logins worked (or the freelancer chose --no-check).

Addresses at a provider's own domains (gmail.com, libero.it, ...) are recognised from the domain;
a freelancer's own domain is recognised from its MX hosts (`guess_from_mx`) when init can look them
up, else init asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

__all__ = ["PROVIDERS", "Provider", "by_key", "guess_from_mx", "guess_provider", "provider_servers"]


@dataclass(frozen=True)
class Provider:
    """Where a provider's servers are, and what it needs.

    In a host, `{domain}` stands for the domain of the address and `{region}` for the address's
    country domain when the provider has a server for it (`regions`), else the first of `regions`.
    `imap_user` is "email" (the full address, the common case) or "local" (the part before @).
    `auth` is how a program logs in: "password" (the normal one), "app-password" (a separate
    password made in the account's security settings) or "oauth2" (only OAuth2 works, or soon
    only will). `oauth2` names the built-in OAuth2 flow that works there ("google", "microsoft").
    """

    key: str
    name: str
    imap: tuple[str, int, str]
    smtp: tuple[str, int, str]
    domains: tuple[str, ...] = ()
    imap_user: str = "email"
    auth: str = "password"
    oauth2: str | None = None
    note: str = ""
    sent: tuple[str, ...] = ("Sent",)
    drafts: tuple[str, ...] = ("Drafts",)
    saves_sent: bool | None = None
    mx: tuple[str, ...] = ()  # suffixes of the MX hosts of domains hosted here
    regions: tuple[str, ...] = ()


_MS_SENT: Final = ("Sent Items", "Sent", "Posta inviata", "Elementos enviados", "Elementi inviati")
_MS_DRAFTS: Final = ("Drafts", "Bozze", "Borradores")
_GMAIL_SENT: Final = (
    "[Gmail]/Sent Mail",
    "[Gmail]/Posta inviata",
    "[Gmail]/Enviados",
    "[Google Mail]/Sent Mail",
    "[Google Mail]/Posta inviata",
    "[Google Mail]/Enviados",
)
_GMAIL_DRAFTS: Final = ("[Gmail]/Drafts", "[Gmail]/Bozze", "[Gmail]/Borradores", "[Google Mail]/Drafts")
_IT_SENT: Final = ("Posta inviata", "Inviata", "Inviati", "Sent", "INBOX.Sent", "INBOX/Sent")
_IT_DRAFTS: Final = ("Bozze", "Drafts", "INBOX.Drafts")

PROVIDERS: Final[tuple[Provider, ...]] = (
    Provider(
        "gmail",
        "Gmail / Google Workspace",
        ("imap.gmail.com", 993, "tls"),
        ("smtp.gmail.com", 465, "tls"),
        ("gmail.com", "googlemail.com"),
        auth="app-password",
        oauth2="google",
        note="Google does not accept your normal password here: create an app password (it needs 2-Step "
        "Verification) at https://myaccount.google.com/apppasswords, or let mailduns log in with "
        'OAuth2: `mailduns auth google` (docs/service.md, "Gmail"). Google Workspace: your '
        "administrator may have to allow IMAP and app passwords.",
        sent=_GMAIL_SENT,
        drafts=_GMAIL_DRAFTS,
        saves_sent=True,
        mx=("google.com", "googlemail.com", "smtp.google.com"),
    ),
    Provider(
        "outlook",
        "Outlook.com / Hotmail",
        ("outlook.office365.com", 993, "tls"),
        ("smtp-mail.outlook.com", 587, "starttls"),
        (
            "outlook.com",
            "outlook.it",
            "outlook.es",
            "hotmail.com",
            "hotmail.it",
            "hotmail.es",
            "live.com",
            "live.it",
            "msn.com",
        ),
        auth="oauth2",
        oauth2="microsoft",
        note="Microsoft no longer accepts passwords (not even app passwords) from mail programs for "
        "personal accounts: log in with OAuth2, `mailduns auth microsoft` (docs/service.md, "
        '"Microsoft").',
        sent=("Sent", *_MS_SENT),
        drafts=_MS_DRAFTS,
        saves_sent=True,
    ),
    Provider(
        "microsoft365",
        "Microsoft 365 (your own domain)",
        ("outlook.office365.com", 993, "tls"),
        ("smtp.office365.com", 587, "starttls"),
        auth="oauth2",
        oauth2="microsoft",
        note="Most Microsoft 365 organisations have turned passwords off for IMAP and SMTP: log in with "
        'OAuth2, `mailduns auth microsoft` (docs/service.md, "Microsoft"), and ask your '
        "administrator to allow authenticated SMTP (SMTP AUTH) for your mailbox.",
        sent=_MS_SENT,
        drafts=_MS_DRAFTS,
        saves_sent=True,
        mx=("mail.protection.outlook.com",),
    ),
    Provider(
        "yahoo",
        "Yahoo Mail",
        ("imap.mail.yahoo.com", 993, "tls"),
        ("smtp.mail.yahoo.com", 465, "tls"),
        ("yahoo.com", "yahoo.it", "yahoo.es", "ymail.com", "rocketmail.com"),
        auth="app-password",
        note="Yahoo needs an app password: Account info → Account security → Generate app password.",
        # Yahoo's drafts folder is "Draft"; whether its SMTP files a Sent copy is not documented: auto.
        sent=("Sent",),
        drafts=("Draft", "Drafts"),
        saves_sent=None,
        mx=("yahoodns.net",),
    ),
    Provider(
        "icloud",
        "iCloud Mail",
        ("imap.mail.me.com", 993, "tls"),
        ("smtp.mail.me.com", 587, "starttls"),
        ("icloud.com", "me.com", "mac.com"),
        imap_user="local",
        auth="app-password",
        note="Apple needs an app-specific password, made at https://account.apple.com (Sign-In and "
        "Security). The IMAP login is the part of your address before the @.",
        # Apple does not document whether smtp.mail.me.com files a Sent copy: auto.
        sent=("Sent Messages", "Sent"),
        drafts=("Drafts",),
        saves_sent=None,
        mx=("mail.icloud.com",),
    ),
    Provider(
        "fastmail",
        "Fastmail",
        ("imap.fastmail.com", 993, "tls"),
        ("smtp.fastmail.com", 465, "tls"),
        (
            "fastmail.com",
            "fastmail.fm",
            "fastmail.net",
            "fastmail.org",
            "fastmail.us",
            "sent.com",
            "messagingengine.com",
        ),
        auth="app-password",
        note="Fastmail needs an app password: Settings → Privacy & Security → Manage app passwords.",
        sent=("Sent", "INBOX.Sent Items"),
        drafts=("Drafts",),
        saves_sent=False,
        mx=("messagingengine.com",),
    ),
    Provider(
        "aruba",
        "Aruba",
        ("imaps.aruba.it", 993, "tls"),
        ("smtps.aruba.it", 465, "tls"),
        ("aruba.it",),
        note="The login is your full address and the mailbox password (not the one of the Aruba customer "
        "area).",
        sent=("INBOX.Sent", "Sent", "Posta inviata"),
        drafts=("INBOX.Drafts", "Drafts", "Bozze"),
        saves_sent=False,
        mx=("aruba.it",),
    ),
    Provider(
        "libero",
        "Libero Mail",
        ("imapmail.libero.it", 993, "tls"),
        ("smtp.libero.it", 465, "tls"),
        ("libero.it", "inwind.it", "iol.it", "blu.it", "giallo.it"),
        note="IMAP must be on in Libero Mail's settings; if the login is refused, check it there.",
        sent=_IT_SENT,
        drafts=_IT_DRAFTS,
        saves_sent=False,
        mx=("libero.it",),
    ),
    Provider(
        "virgilio",
        "Virgilio Mail",
        ("imap.virgilio.it", 993, "tls"),
        ("out.virgilio.it", 465, "tls"),
        ("virgilio.it",),
        # Virgilio and Libero are both Italiaonline; the folder names follow Libero's (not verified).
        note="IMAP must be on in Virgilio Mail's settings; if the login is refused, check it there.",
        sent=_IT_SENT,
        drafts=_IT_DRAFTS,
        saves_sent=False,
        mx=("virgilio.it",),
    ),
    Provider(
        "register",
        "Register.it",
        ("imap.register.it", 993, "tls"),
        ("authsmtp.register.it", 465, "tls"),
        # Newer Register.it mail plans run on securemail.pro (imap.securemail.pro /
        # authsmtp.securemail.pro); older ones on register.it. Uncertain which a given box uses.
        note="If the login test fails, copy the server names from the e-mail settings page of your "
        "Register.it control panel (newer plans use imap.securemail.pro and authsmtp.securemail.pro).",
        sent=_IT_SENT,
        drafts=_IT_DRAFTS,
        saves_sent=False,
        mx=("register.it", "securemail.pro"),
    ),
    Provider(
        "tim",
        "TIM Mail / Alice",
        ("imap.tim.it", 993, "tls"),
        ("smtp.tim.it", 465, "tls"),
        ("tim.it", "alice.it", "tin.it", "tiscalinet.tim.it"),
        # TIM has moved @alice.it and @tin.it boxes to the TIM Mail platform; very old boxes may still
        # be on in.alice.it / out.alice.it. Uncertain for those.
        note="If the login is refused, check the server names on TIM's help page for your address "
        "(@tim.it, @alice.it, @tin.it).",
        sent=_IT_SENT,
        drafts=_IT_DRAFTS,
        saves_sent=False,
        mx=("tim.it", "alice.it", "tin.it"),
    ),
    Provider(
        "tiscali",
        "Tiscali Mail",
        ("imap.tiscali.it", 993, "tls"),
        ("smtp.tiscali.it", 465, "tls"),
        ("tiscali.it", "tiscalinet.it"),
        sent=_IT_SENT,
        drafts=_IT_DRAFTS,
        saves_sent=False,
        mx=("tiscali.it",),
    ),
    Provider(
        "ionos",
        "IONOS (1&1)",
        ("imap.ionos.{region}", 993, "tls"),
        ("smtp.ionos.{region}", 465, "tls"),
        # IONOS runs one server name per country site (ionos.it, ionos.es, ionos.de, ...); the region
        # comes from the address's (or the MX's) country domain; .com otherwise.
        note="Use the mailbox password set in the IONOS control panel; if the login test fails, the e-mail "
        "settings page there shows the server names for your country.",
        sent=("Sent", "Posta inviata", "Elementos enviados", "Gesendete Objekte", "INBOX.Sent"),
        drafts=("Drafts", "Bozze", "Borradores", "Entwürfe"),
        saves_sent=False,
        mx=(
            "ionos.it",
            "ionos.es",
            "ionos.de",
            "ionos.fr",
            "ionos.com",
            "1and1.com",
            "1and1.it",
            "1and1.es",
            "kundenserver.de",
        ),
        regions=("com", "it", "es", "de", "fr", "co.uk"),
    ),
    Provider(
        "ovh",
        "OVHcloud (MX Plan)",
        ("ssl0.ovh.net", 993, "tls"),
        ("ssl0.ovh.net", 465, "tls"),
        # MX Plan boxes; Email Pro uses pro1.mail.ovh.net (SMTP 587 starttls), Exchange ex*.mail.ovh.net.
        note="These are the MX Plan servers; Email Pro boxes use pro1.mail.ovh.net (SMTP port 587, "
        "starttls), Exchange boxes the server shown in the OVHcloud control panel.",
        sent=("Sent", "INBOX.Sent", "Posta inviata", "Elementos enviados"),
        drafts=("Drafts", "INBOX.Drafts"),
        saves_sent=False,
        mx=("mail.ovh.net", "ovh.net"),
    ),
    Provider(
        "zoho",
        "Zoho Mail",
        ("imap.zoho.{region}", 993, "tls"),
        ("smtp.zoho.{region}", 465, "tls"),
        ("zoho.com", "zohomail.com", "zoho.eu", "zohomail.eu"),
        auth="app-password",
        # Zoho runs a data centre per region: accounts made in Europe are on zoho.eu, others on
        # zoho.com (also .in, .com.au). Own-domain (organisation) accounts use imappro./smtppro.
        note="Turn IMAP on in Zoho Mail (Settings → Mail Accounts → IMAP) and, with two-factor "
        "authentication, make an application-specific password. Accounts with your own domain use "
        "imappro.zoho.eu / smtppro.zoho.eu (imappro.zoho.com in the US data centre).",
        sent=("Sent",),
        drafts=("Drafts",),
        saves_sent=None,
        mx=("zoho.eu", "zoho.com", "zohomail.com"),
        regions=("eu", "com"),
    ),
    Provider(
        "movistar",
        "Telefónica / Movistar",
        ("imap.movistar.es", 993, "tls"),
        ("smtp.movistar.es", 465, "tls"),
        ("movistar.es", "telefonica.net"),
        # Correo Movistar's published names; @telefonica.net boxes were moved to the same platform.
        # Uncertain: the folder names (Spanish webmail) and whether old boxes still use telefonica.net.
        note="If the login is refused, check the server names in Movistar's help (\"configurar correo "
        'Movistar"): very old @telefonica.net boxes may still use imap.telefonica.net.',
        sent=("Enviados", "Elementos enviados", "Sent", "INBOX.Sent"),
        drafts=("Borradores", "Drafts", "INBOX.Drafts"),
        saves_sent=False,
        mx=("movistar.es",),
    ),
    Provider(
        "gmx",
        "GMX",
        ("imap.gmx.{region}", 993, "tls"),
        ("mail.gmx.{region}", 587, "starttls"),
        ("gmx.com", "gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.es", "gmx.fr", "gmx.co.uk", "gmx.us"),
        note='Turn on "access via POP3 and IMAP" in GMX\'s e-mail settings first; with two-factor '
        "authentication, make an application-specific password.",
        # gmx.net/.de/.at/.ch boxes are on imap.gmx.net; all other GMX domains on imap.gmx.com.
        sent=("Sent", "Gesendet", "Enviados", "Posta inviata"),
        drafts=("Drafts", "Entwürfe", "Borradores"),
        saves_sent=None,
        mx=("gmx.net", "gmx.com"),
        regions=("com", "net"),
    ),
    Provider(
        "other",
        "your provider",
        ("imap.{domain}", 993, "tls"),
        ("smtp.{domain}", 465, "tls"),
        note="These server names are a guess from your address; your provider's help pages have the "
        "exact ones.",
        sent=(
            "Sent",
            "Sent Items",
            "Sent Messages",
            "INBOX.Sent",
            "Posta inviata",
            "Elementos enviados",
            "Enviados",
        ),
        drafts=("Drafts", "INBOX.Drafts", "Bozze", "Borradores"),
    ),
)
_BY_KEY: Final = {p.key: p for p in PROVIDERS}
# GMX: the German-speaking domains live on gmx.net, the rest on gmx.com.
_GMX_NET: Final = ("gmx.net", "gmx.de", "gmx.at", "gmx.ch")


def by_key(key: str) -> Provider:
    """The provider called `key` ("gmail", "aruba", ...). Raises KeyError for an unknown key."""
    return _BY_KEY[key]


def _domain(email: str) -> str:
    return email.rpartition("@")[2].strip().lower().rstrip(".")


def guess_provider(email: str) -> Provider | None:
    """The provider of an address when its domain says it (gmail.com, libero.it, ...), else None:
    a freelancer's own domain can be hosted anywhere (see `guess_from_mx`)."""
    domain = _domain(email)
    for p in PROVIDERS:
        if domain in p.domains:
            return p
    return None


def guess_from_mx(mx_hosts: Iterable[str]) -> Provider | None:
    """The provider that hosts a domain whose MX records point at `mx_hosts` (e.g.
    "aspmx.l.google.com" → Gmail / Google Workspace), else None."""
    hosts = [h.strip().lower().rstrip(".") for h in mx_hosts if h.strip()]
    for host in hosts:
        for p in PROVIDERS:
            if any(host == s or host.endswith("." + s) for s in p.mx):
                return p
    return None


def _region(provider: Provider, email: str, hint: str | None) -> str:
    if not provider.regions:
        return ""
    domain = hint or _domain(email)
    if provider.key == "gmx":
        return "net" if domain in _GMX_NET or domain.endswith(tuple("." + d for d in _GMX_NET)) else "com"
    if provider.key == "zoho":
        return "eu" if domain.endswith(".eu") else ("com" if domain in ("zoho.com", "zohomail.com") else "eu")
    for region in sorted(provider.regions, key=len, reverse=True):
        if domain == region or domain.endswith("." + region):
            return region
    return provider.regions[0]


def provider_servers(
    provider: Provider, email: str, *, mx_hint: str | None = None
) -> tuple[tuple[str, int, str], tuple[str, int, str]]:
    """(IMAP, SMTP) as (host, port, security) for an address at this provider. `mx_hint` is the
    domain's MX host when it was looked up (it tells the region of an own domain at IONOS)."""
    domain = _domain(email)
    region = _region(provider, email, mx_hint)
    imap, smtp = provider.imap, provider.smtp
    return (
        (imap[0].format(domain=domain, region=region), imap[1], imap[2]),
        (smtp[0].format(domain=domain, region=region), smtp[1], smtp[2]),
    )


def lookup_mx(domain: str) -> Sequence[str]:
    """The MX hosts of `domain`, best first, when dnspython is installed; else () (init then asks).
    Never raises: no answer is the same as not knowing."""
    try:
        import dns.resolver  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return ()
    try:
        answer = dns.resolver.resolve(domain, "MX", lifetime=5)
        records = sorted(answer, key=lambda r: r.preference)
        return tuple(str(r.exchange).rstrip(".") for r in records)
    except Exception:  # noqa: BLE001 - any DNS failure means "unknown"
        return ()
