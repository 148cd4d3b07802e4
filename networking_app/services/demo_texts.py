"""The demo network's texts: summaries, asks, next steps, notes, introductions, profile.

Fictional throughout; the people and places they mention live in :mod:`demo_data`.
"""

from __future__ import annotations

#: interaction kind -> summary templates ({topic} is filled in).
SUMMARIES: dict[str, tuple[str, ...]] = {
    "coffee": (
        "Coffee near their office: talked about {topic}.",
        "Quick coffee, caught up on {topic}.",
    ),
    "meal": ("Lunch together, mostly about {topic}.", "Dinner after the meetup; {topic}."),
    "meeting": ("Working session on {topic}.", "Met at their office to go over {topic}."),
    "call": ("Phone call about {topic}.", "Short call to compare notes on {topic}."),
    "video": ("Video call on {topic}.", "Zoom catch-up: {topic}."),
    "email": ("Emailed about {topic}.", "Long email thread on {topic}."),
    "message": ("Messages back and forth about {topic}.", "Quick ping about {topic}."),
    "event": (
        "Saw them at a meetup; chatted about {topic}.",
        "Crossed paths at a conference panel on {topic}.",
    ),
    "social_touch": (
        "Commented on their post about {topic}.",
        "Liked and shared their article on {topic}.",
    ),
}

VALUE_SUMMARIES: dict[str, tuple[str, ...]] = {
    "introduction": (
        "Introduced them to a PM who solved the same problem.",
        "Connected them with a designer for their hiring.",
    ),
    "information": (
        "Sent the pricing benchmark they asked about.",
        "Shared a job opening that fits their profile.",
    ),
    "expertise": (
        "Reviewed their product spec and gave feedback.",
        "Helped them structure their discovery interviews.",
    ),
    "visibility": (
        "Recommended them as a speaker for ProductConf.",
        "Shared their launch post with my network.",
    ),
    "support": (
        "Congratulated them on the launch and offered help.",
        "Checked in after a tough reorganisation.",
    ),
}

ASKS: tuple[str, ...] = (
    "Could you review my talk outline?",
    "Would you be open to a reference call for a candidate?",
    "Do you know anyone in payments compliance I could talk to?",
    "Could you share how you set up your product ops team?",
    "Would you beta-test our new onboarding flow?",
    "Can I quote you in a blog post about discovery?",
)

NEXT_STEPS: tuple[str, ...] = (
    "Send them the article on pricing pages.",
    "Follow up with the intro to the data team.",
    "Share the slides from the talk.",
    "Ask how the launch went.",
    "Book a lunch next month.",
    "Send feedback on their spec.",
    "Check in after their interview round.",
)

INTERACTION_NOTES: tuple[str, ...] = (
    "Mentioned they are thinking about leaving in the spring.",
    "Their team is hiring two PMs; keep in mind for Théo.",
    "Kids started school this year; busy mornings.",
    "Training for the Paris marathon.",
    "Prefers WhatsApp to email.",
    "Very interested in how we run customer interviews.",
    "Had just come back from a month in Lisbon.",
)

CONTACT_NOTES: tuple[str, ...] = (
    "Met through the Product Tank meetup; very generous with advice.",
    "Former colleague from my first startup.",
    "Knows everyone in the Lyon tech scene.",
    "Runs a small newsletter on product strategy.",
    "Vegetarian; likes long lunches.",
    "Writes a lot about accessibility.",
    "Plays in a jazz band on weekends.",
    "Great sounding board for career questions.",
)

PREP_NOTES: tuple[str, ...] = (
    "Ask about their path from engineering to product leadership.",
    "Read their last talk on pricing before reaching out.",
    "Common ground: both worked on B2B onboarding.",
    "They care about climate impact; mention our carbon dashboard.",
    "Offer something first: our discovery interview template.",
)

#: life event kind -> note templates ({org}, {role}, {city} are filled in).
LIFE_EVENT_NOTES: dict[str, tuple[str, ...]] = {
    "new_job": ("Started as {role} at {org}.", "Joined {org}."),
    "promotion": ("Promoted: now {role} at {org}.", "Now leads a team of twelve at {org}."),
    "publication": ("Published an essay on product discovery.", "Book on design ops is out."),
    "move": ("Moved to {city}.", "Relocated with the family to {city}."),
    "milestone": (
        "{org} closed its funding round.",
        "Ten years at {org}.",
        "Gives the keynote at ProductConf.",
        "Finished the Paris marathon.",
    ),
}

UPCOMING_EVENT_NOTES: tuple[str, ...] = (
    "Gives the keynote at ProductConf.",
    "Book launch at a bookshop in the Marais.",
    "{org} turns ten: party at the office.",
    "Defends their PhD.",
)

#: (kind, name, note): at least one with nobody in it, the structural hole to fill.
TARGET_DOMAINS: tuple[tuple[str, str, str], ...] = (
    ("industry", "fintech", "Where my product skills are most transferable."),
    ("industry", "healthcare", "Adjacent: regulated B2B products like ours."),
    ("industry", "aerospace", "Nobody yet: curious about their product practices."),
    ("function", "venture capital", "To understand how investors judge product teams."),
    ("function", "data", "Complementary function for the AI roadmap."),
    ("function", "policy", "EU regulation will shape our data products."),
)

#: The two touches after the introduction that ended in a meeting ({introducer}).
MET_SUMMARIES: tuple[str, ...] = (
    "First coffee, thanks to {introducer}'s introduction.",
    "Thanked them and shared my notes from our coffee.",
)

#: Texts of the three demo introduction requests ({target}, {introducer}, {org}).
INTROS: dict[str, dict[str, str]] = {
    "draft": {
        "language": "fr",
        "why": "{target} a lancé l'offre de paiements B2B chez {org}; j'aimerais comprendre "
        "comment son équipe a mené la découverte client.",
        "context": "Nous préparons une offre similaire pour les PME.",
        "ask": "Un café de 30 minutes dans les prochaines semaines.",
        "opt_in_subject": "",  # not drafted yet
        "opt_in_body": "",
        "forwardable_subject": "",
        "forwardable_body": "",
    },
    "asked": {
        "language": "en",
        "why": "{target} built the data platform at {org}; our AI roadmap depends on "
        "getting the same foundations right.",
        "context": "We are choosing between building and buying a feature store.",
        "ask": "A 20-minute video call to hear what they would do differently.",
        "opt_in_subject": "Would you introduce me to {target}?",
        "opt_in_body": "Hi {introducer},\n\nI'm working on our AI roadmap and I think "
        "{target} could save us months of mistakes. Would you be comfortable "
        "introducing us? If so I'll send you a short note you can forward.\n"
        "\nNo worries at all if the timing isn't right.",
        "forwardable_subject": "Intro request: Camille (Lumen Data) ↔ {target}",
        "forwardable_body": "Camille leads product at Lumen Data and is deciding how to "
        "build a feature store. She'd love 20 minutes of {target}'s "
        "time to learn from the data platform work at {org}.",
    },
    "met": {
        "language": "en",
        "why": "{target} mentors first-time heads of product; I want a sounding board for "
        "the next step in my career.",
        "context": "Preparing for a Head of Product role within a year.",
        "ask": "A first conversation, then maybe a monthly check-in.",
        "opt_in_subject": "A mentor intro?",
        "opt_in_body": "Hi {introducer},\n\nYou mentioned {target} mentors new product "
        "leaders. Would you be open to introducing us?",
        "forwardable_subject": "Camille ↔ {target}: product leadership",
        "forwardable_body": "Camille is a senior PM at Lumen Data preparing for a Head of "
        "Product role and would value {target}'s perspective.",
    },
}

PROFILE_NAME = "Camille Lefort"
PROFILE_PITCH = (
    "I'm Camille, a senior product manager at Lumen Data in Paris. For eight years I've "
    "turned messy B2B workflows into products people enjoy using; most recently a billing "
    "platform now used by two thousand small businesses across Europe. Next, I want to "
    "bring AI into finance teams' month-end close without the hype, so I love comparing "
    "notes with people building fintech, data and climate products."
)
PROFILE_SIGNATURE = "Camille Lefort\nSenior Product Manager · Lumen Data\n+33 6 39 98 00 00"
