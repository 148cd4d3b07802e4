"""A 30,000-contact database written fast with plain bulk SQL, for the board benchmark."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from networking_app.storage.database import close_database, open_database
from networking_app.storage.models import db

GIVEN = [
    "Élodie",
    "François",
    "Anaïs",
    "Jérôme",
    "Zoé",
    "Benoît",
    "Hélène",
    "Søren",
    "Chloé",
    "Mathéo",
    "Noémie",
    "Raphaël",
    "Léa",
    "Inès",
    "Thaïs",
    "Gaëlle",
    "Maël",
    "Cécile",
    "Agnès",
    "Loïc",
    "Marie",
    "Paul",
    "Lucas",
    "Emma",
    "Sarah",
    "Thomas",
    "Julien",
    "Camille",
    "Nicolas",
    "Pauline",
    "Hugo",
    "Manon",
    "Antoine",
    "Claire",
    "Karim",
    "Yasmine",
    "Mehdi",
    "Olga",
    "Lukas",
    "Aoife",
]
FAMILY = [
    "Dubois",
    "Lefèvre",
    "Müller",
    "Roux",
    "Garçon",
    "Moreau",
    "Fontaine",
    "Girard",
    "Lemaître",
    "Bérenger",
    "Château",
    "Nguyen",
    "Martin",
    "Bernard",
    "Petit",
    "Durand",
    "Leroy",
    "Simon",
    "Laurent",
    "Michel",
    "Garcia",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Faure",
    "André",
    "Mercier",
    "Bonnet",
    "Dupré",
    "Kowalski",
    "Ødegaard",
    "Benali",
    "Haddad",
    "Costa",
    "Schmidt",
]
ORGANISATIONS = (
    "Acme",
    "Société Générale",
    "L'Oréal",
    "Decathlon",
    "Doctolib",
    "BlaBlaCar",
    "Ubisoft",
    "Airbus",
    "Capgemini",
    "Mistral AI",
    "Qonto",
    "Alan",
    "Back Market",
    "Crédit Agricole",
    "Orange",
    "Thalès",
    "Michelin",
    "Ledger",
)
ROLES = (
    "Product Manager",
    "Senior Product Manager",
    "Directrice marketing",
    "CTO",
    "Ingénieure logiciel",
    "Data Scientist",
    "Consultante",
    "Head of Sales",
    "Responsable RH",
    "UX Designer",
    "Chef de projet",
    "Développeur",
)
INDUSTRIES = ("software", "fintech", "retail", "aerospace", "health", "media", "energy")
FUNCTIONS = ("product", "engineering", "marketing", "sales", "data", "design", "people")
CITIES = ("Paris", "Lyon", "Nantes", "Bordeaux", "Lille", "Montréal", "Genève", "Bruxelles")
CIRCLES = ("close", "extended", "weak", "target")
CIRCLE_WEIGHTS = (3, 12, 75, 10)
CHANNELS = ("event", "online", "association", "alumni", "introduction", "other")
TAGS = (
    "mentor",
    "investisseur",
    "ancien collègue",
    "alumni HEC",
    "conférence",
    "recruteur",
    "startup",
    "écosystème",
    "python",
    "produit",
    "design",
    "à relancer",
    "Lyon tech",
    "podcast",
    "meetup",
)
NOTES = (
    "",
    "",
    "",
    "Rencontrée au salon VivaTech, passionnée de vélo.",
    "Cherche un poste de direction produit à Lyon.",
    "Connaît bien l'écosystème fintech ; m'a présenté à deux investisseurs.",
    "Likes long-form podcasts about product strategy.",
)
KINDS = ("coffee", "meal", "meeting", "call", "video", "email", "message", "event")


def _ascii(text: str) -> str:
    import unicodedata

    text = text.replace("ø", "o").replace("Ø", "O")
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum()
    ).lower()


def build(data_dir: Path, count: int = 30_000, seed: int = 30) -> None:
    """Create a migrated database in ``data_dir`` holding ``count`` contacts."""
    rng = random.Random(seed)
    now = datetime(2026, 11, 28, 9, 0)
    data_dir.mkdir(parents=True, exist_ok=True)
    open_database(data_dir / "rapport.sqlite3", data_dir / "backups")
    try:
        contacts, methods, contact_tags, interactions, participants = [], [], [], [], []
        for cid in range(1, count + 1):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            org = rng.choice(ORGANISATIONS)
            created = (now - timedelta(days=rng.randint(30, 2000))).isoformat(" ")
            contacts.append(
                (
                    cid,
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    given,
                    family,
                    org,
                    rng.choice(ROLES),
                    rng.choice(INDUSTRIES),
                    rng.choice(FUNCTIONS),
                    rng.choice(CITIES),
                    rng.choices(CIRCLES, CIRCLE_WEIGHTS)[0],
                    rng.choice(CHANNELS),
                    rng.choice(NOTES),
                    created,
                    created,
                )
            )
            domain = rng.choice(("gmail.com", "outlook.fr", _ascii(org) + ".com"))
            for n in range(rng.randint(1, 2)):
                suffix = str(n + 1) if n else ""
                email = f"{_ascii(given)}.{_ascii(family)}{suffix}@{domain}"
                methods.append((cid, "email", email, "", int(n == 0)))
            for n in range(rng.randint(1, 2)):
                pairs = " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
                methods.append((cid, "phone", f"0{rng.choice('67')} {pairs}", "", int(n == 0)))
            for tag in rng.sample(range(len(TAGS)), rng.randint(0, 3)):
                contact_tags.append((cid, tag + 1))
            if cid % 3 == 0:
                for _ in range(rng.randint(1, 4)):
                    iid = len(interactions) + 1
                    at = (now - timedelta(days=rng.randint(0, 700))).isoformat(" ")
                    kind = rng.choice(KINDS)
                    interactions.append((iid, at, kind, "mutual", "Catch-up", at, at))
                    participants.append((iid, cid))
        with db.atomic():
            db.execute_sql("DELETE FROM contact")  # a rerun starts over
            cursor = db.cursor()
            cursor.executemany("INSERT INTO tag (id, name) VALUES (?, ?)", enumerate(TAGS, 1))
            cursor.executemany(
                "INSERT INTO contact (id, uid, given_name, family_name, organisation, role,"
                " industry, function, city, circle, channel, notes, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                contacts,
            )
            cursor.executemany(
                "INSERT INTO contact_method (contact_id, kind, value, label, preferred)"
                " VALUES (?, ?, ?, ?, ?)",
                methods,
            )
            cursor.executemany(
                "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", contact_tags
            )
            cursor.executemany(
                "INSERT INTO interaction (id, occurred_at, kind, direction, summary,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                interactions,
            )
            cursor.executemany(
                "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)",
                participants,
            )
    finally:
        close_database()
