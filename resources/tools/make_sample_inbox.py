#!/usr/bin/env python3
"""Generate resources/sample-inbox.json, the demo inbox served by the app's
built-in fake LinkupAPI server.

Deterministic: standard library only, fixed random seed. Run from anywhere:

    python3 resources/tools/make_sample_inbox.py [output.json]

Output format:

    {"INBOX": [conversation, ...], "INMAIL": [...], "JOB": [...]}

Each conversation has exactly the shape of a POST /messages/inbox conversation
(see shared/api/LINKUP_API.md). There is no UNREAD key: the server derives it
from the INBOX entries with unread > 0.

Times are milliseconds since the epoch. The newest INBOX message is exactly
NEWEST_MS (2026-01-01T00:00:00Z); the server shifts every time by the same
amount so that the newest one becomes "now".

Profile pictures are "/avatars/<key>.png" paths (the server rewrites them into
its own loopback URL), null, or "" for a few people.

The data deliberately contains hostile or awkward strings (markup, RTL names,
emoji sequences, very long names/headlines/messages, newlines) and exactly two
profile URLs that the app must refuse to open:
    http://www.linkedin.com/in/plain-http-person        (not https)
    https://linkedin.com.evil.example/in/phisher        (not a linkedin.com host)
"""

import base64
import json
import os
import random
import sys
import unicodedata

SEED = 20260101
NEWEST_MS = 1767225600000  # 2026-01-01T00:00:00Z

N_INBOX = 136
N_INMAIL = 20
N_JOB = 8

MINUTE = 60 * 1000
HOUR = 60 * MINUTE
DAY = 24 * HOUR

OWNER = {
    "name": "Alex Morgan",
    "headline": "Founder at Linkup Labs",
    "profile_url": "https://www.linkedin.com/in/alex-morgan-linkup",
    "profile_picture": "/avatars/me.png",
}
# LinkedIn conversation URNs embed the mailbox owner's profile id.
OWNER_PROFILE_ID = "ACoAABx9QmK3vT1sWz8Yd2LpNc5RfGh7uJe4"

UNSAFE_HTTP_URL = "http://www.linkedin.com/in/plain-http-person"
UNSAFE_HOST_URL = "https://linkedin.com.evil.example/in/phisher"

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------

# Latin-script locales: first/last combinations.
COMBO_NAMES = {
    "en": (
        ["James", "Emily", "Michael", "Sarah", "David", "Jessica", "Chris",
         "Ashley", "Ryan", "Megan", "Daniel", "Olivia", "Tyler", "Hannah",
         "Brandon", "Rachel", "Jordan", "Taylor", "Ethan", "Chloe", "Nathan",
         "Grace", "Marcus", "Kayla", "Derek", "Brianna", "Aisha", "Connor",
         "Maya", "Elijah"],
        ["Smith", "Johnson", "Carter", "Bennett", "Hughes", "Walsh",
         "O'Connor", "Brooks", "Reed", "Foster", "Hayes", "Sullivan",
         "Price", "Coleman", "Jenkins", "Russell", "Griffin", "Okafor",
         "MacLeod", "Thompson", "Whitaker", "Delgado", "Park", "Goldberg",
         "Abernathy", "Kowalski"],
    ),
    "fr": (
        ["Amélie", "François", "Chloé", "Hélène", "Théo", "Léa", "Jérôme",
         "Océane", "Benoît", "Maëlle", "Gaëlle", "Loïc", "Clémence",
         "Raphaël", "Inès", "Étienne"],
        ["Lefèvre", "Dubois", "Moreau", "Girard", "Rousseau", "Fontaine",
         "Chevalier", "Mercier", "Bérenger", "Lambert", "Faure", "Gauthier",
         "Leclerc", "Roussel"],
    ),
    "de": (
        ["Jürgen", "Jörg", "Sören", "Käthe", "Björn", "Lena", "Maximilian",
         "Anna-Lena", "Lukas", "Franziska", "Tobias", "Jana", "Matthias",
         "Sophie"],
        ["Müller", "Weiß", "Köhler", "Schröder", "Groß", "Bäcker",
         "Hoffmann", "Schäfer", "Krüger", "Wagner", "Fuchs", "Brandt",
         "Vogel", "Lößner"],
    ),
    "es": (
        ["José", "Sofía", "Andrés", "Lucía", "Martín", "Valentina", "Íñigo",
         "María José", "Álvaro", "Camila", "Sebastián", "Ximena"],
        ["Martínez", "Núñez", "García", "Fernández", "Ibáñez", "Rodríguez",
         "Peña", "Muñoz", "Castillo", "Ortega", "Sáenz"],
    ),
}

# Full names (to keep gendered surnames right), with an ascii slug base and
# the first name Alex would use in an English greeting.
# (name, slug, greeting, locale)
FULL_NAMES = [
    ("Łukasz Wiśniewski", None, None, "pl"),
    ("Małgorzata Dąbrowska", None, None, "pl"),
    ("Paweł Kowalczyk", None, None, "pl"),
    ("Agnieszka Zielińska", None, None, "pl"),
    ("Grzegorz Wójcik", None, None, "pl"),
    ("Çağla Yıldırım", None, None, "tr"),
    ("Mehmet Öztürk", None, None, "tr"),
    ("Elif Şahin", None, None, "tr"),
    ("İbrahim Koç", None, None, "tr"),
    ("Zeynep Aydın", None, None, "tr"),
    ("Nguyễn Thị Minh Châu", None, "Châu", "vi"),
    ("Trần Đức Anh", None, "Anh", "vi"),
    ("Phạm Quỳnh Hương", None, "Hương", "vi"),
    ("Lê Hoàng Long", None, "Long", "vi"),
    ("山田 太郎", "taro-yamada", "Taro", "ja"),
    ("佐藤 美咲", "misaki-sato", "Misaki", "ja"),
    ("鈴木 健一", "kenichi-suzuki", "Kenichi", "ja"),
    ("高橋 優子", "yuko-takahashi", "Yuko", "ja"),
    ("Kenji Watanabe", None, None, "ja"),
    ("王芳", "fang-wang", "Fang", "zh"),
    ("李伟", "wei-li", "Wei", "zh"),
    ("张晓明", "xiaoming-zhang", "Xiaoming", "zh"),
    ("陈静 (Jing Chen)", "jing-chen", "Jing", "zh"),
    ("김지민", "jimin-kim", "Jimin", "ko"),
    ("박서준", "seojun-park", "Seojun", "ko"),
    ("이하은", "haeun-lee", "Haeun", "ko"),
    ("अनन्या शर्मा", "ananya-sharma", "Ananya", "hi"),
    ("राहुल वर्मा", "rahul-verma", "Rahul", "hi"),
    ("Priya Raghunathan", None, None, "en"),
    ("Arjun Mehta", None, None, "en"),
    ("Sneha Iyer", None, None, "en"),
    ("Γιώργος Παπαδόπουλος", "giorgos-papadopoulos", "Giorgos", "el"),
    ("Ελένη Κωνσταντίνου", "eleni-konstantinou", "Eleni", "el"),
    ("Дмитрий Иванов", "dmitry-ivanov", "Dmitry", "ru"),
    ("Анна Смирнова", "anna-smirnova", "Anna", "ru"),
    ("Ольга Кузнецова", "olga-kuznetsova", "Olga", "ru"),
    ("محمد العلي", "mohammed-alali", "Mohammed", "ar"),
    ("Omar Farouk", None, None, "en"),
    ("Layla Mansour", None, None, "en"),
    ("איתי כהן", "itai-cohen", "Itai", "he"),
    ("João Gonçalves", None, None, "pt"),
    ("Beatriz Araújo", None, None, "pt"),
    ("Sanne de Vries", None, None, "nl"),
    ("Joris van den Berg", None, None, "nl"),
    ("Giulia Esposito", None, None, "it"),
    ("Åsa Lindström", None, None, "sv"),
    ("Søren Kjærgaard", None, None, "da"),
    ("Chiamaka Okonkwo", None, None, "en"),
    ("Oluwaseun Adebayo", None, None, "en"),
    ("Siobhán Ní Bhriain", None, "Siobhán", "en"),
    ("Jiří Dvořák", None, None, "cs"),
    ("Zsófia Szőke", None, None, "hu"),
    ("Ștefan Popescu", None, None, "ro"),
    ("Þórunn Guðmundsdóttir", None, None, "is"),
    ("Kenya Washington-Brooks", None, None, "en"),
    ("Mateus D'Ávila", None, None, "pt"),
]

TRANSLIT = str.maketrans({
    "ł": "l", "Ł": "L", "ß": "ss", "ı": "i", "đ": "d", "Đ": "D", "ø": "o",
    "Ø": "O", "æ": "ae", "Æ": "AE", "þ": "th", "Þ": "Th", "ð": "d",
    "ö": "oe", "ü": "ue", "ä": "ae", "Ö": "Oe", "Ü": "Ue", "Ä": "Ae",
})


def ascii_slug(text):
    text = text.translate(TRANSLIT)
    text = unicodedata.normalize("NFKD", text)
    out = []
    for ch in text:
        if unicodedata.combining(ch):
            continue
        if ch.isascii() and ch.isalnum():
            out.append(ch.lower())
        elif ch in " -_'":
            out.append("-" if ch != "'" else "")
    slug = "-".join(p for p in "".join(out).split("-") if p)
    return slug


# --------------------------------------------------------------------------
# Companies and headlines
# --------------------------------------------------------------------------

COMPANIES = [
    "Northwind Analytics", "Brightwave", "Helio Health", "Kestrel Robotics",
    "Quantifi", "Lumen & Co", "Parcelly", "Fernweh Travel", "Atelier Nova",
    "Bluepeak Software", "Orbital Data", "Cobalt Labs", "Mistral Logistics",
    "Tidepool AI", "Granite Cloud", "Papaya Payments", "Verdant Energy",
    "Sablé Studio", "Kiln", "Harbor & Pine", "Wolkig GmbH", "Zeta Fintech",
    "Ironbark Security", "Panorama HR", "Quill Legal", "Solstice Bio",
    "Stackwise", "Nimbus Health", "Fjord Systems", "Radiant Commerce",
    "Driftwood Media", "Meridian Freight", "Copperleaf", "Loop & Ledger",
]
RECRUITING_FIRMS = ["Polaris Recruiting", "TalentBridge", "Hirewell Partners",
                    "Signal Search", "Keystone Talent", "Roundtable Executive Search"]
VC_FIRMS = ["Cinder Ventures", "Moss & Oak Capital", "Atlas Seed Fund",
            "Kairos VC", "Northstar Ventures", "Blue Anchor Capital",
            "Tessera Partners", "Lowland Ventures"]
EVENT_ORGS = ["SaaS Founders Summit", "RevOps Europe", "Qt World Summit Meetup",
              "Paris Founders Breakfast", "Pipeline Podcast", "B2B Growth Collective"]

ROLES = {
    "candidate": ["Senior Software Engineer", "Staff Backend Engineer",
                  "Product Designer", "Senior Product Manager",
                  "C++/Qt Developer", "Data Scientist",
                  "Frontend Engineer (React, TypeScript)", "DevOps Engineer",
                  "Engineering Manager", "iOS Engineer", "QA Automation Engineer",
                  "Full-Stack Developer"],
    "recruiter": ["Technical Recruiter", "Talent Acquisition Partner",
                  "Senior Recruiter", "Executive Search Consultant",
                  "Head of Talent"],
    "prospect": ["VP of Sales", "Head of Revenue Operations",
                 "Sales Director EMEA", "SDR Manager", "Chief Revenue Officer",
                 "Head of Growth", "Business Development Lead",
                 "Director of Sales Enablement"],
    "vendor": ["Account Executive", "Enterprise Account Executive",
               "Business Development Representative", "Partnerships Manager",
               "Customer Success Manager"],
    "investor": ["Partner", "Principal", "Associate", "General Partner",
                 "Venture Partner", "Scout"],
    "founder": ["Co-founder & CEO", "Founder", "Co-founder & CTO",
                "Founder & CEO", "Co-founder"],
    "customer": ["RevOps Lead", "Sales Operations Manager",
                 "Head of Customer Success", "Growth Marketing Manager",
                 "Lead Generation Specialist"],
    "event": ["Community Manager", "Event Producer", "Program Manager",
              "Podcast Host"],
}

# Local-language headlines: (kinds they fit, template). Gender-neutral wording.
LOCAL_HEADLINES = {
    "fr": [(("prospect", "customer"), "Head of Sales France chez {company}"),
           (("vendor", "prospect"), "Responsable des partenariats @ {company}"),
           (("candidate",), "Développement logiciel C++ chez {company} | Qt, QML, CMake"),
           (("founder",), "CEO & co-fondation de {company} — on recrute !")],
    "de": [(("prospect", "customer"), "Leitung Vertrieb DACH bei {company}"),
           (("candidate",), "Software Engineering bei {company} | C++ · Qt · Embedded"),
           (("founder",), "Geschäftsführung {company} | Wir stellen ein!"),
           (("recruiter",), "Recruiting & Talent Acquisition bei {company}")],
    "es": [(("prospect", "customer", "vendor"), "Responsable de Ventas en {company}"),
           (("candidate",), "Software Engineer en {company} | Python · Go"),
           (("founder",), "CEO en {company} | Construyendo en público"),
           (("recruiter",), "Talent Acquisition en {company} 🇪🇸")],
    "ja": [(("prospect", "customer", "vendor"), "{company} 営業部長"),
           (("candidate",), "{company} ソフトウェアエンジニア | C++ / Qt"),
           (("founder",), "{company} 代表取締役CEO"),
           (("recruiter",), "{company} 人事・採用担当")],
}

# The first two go to fixed people; the others to random people of the
# matching kind (LONG_HEADLINE_FOR).
LONG_HEADLINES = [
    "Senior Technical Recruiter @ Polaris Recruiting | Hiring C++/Qt, Rust & "
    "Embedded Engineers across EMEA | Ex-Amazon | Building diverse teams since "
    "2012 | DM me for roles in Berlin, Paris, Amsterdam & Remote 🌍",
    "Chief Revenue Officer at Quantifi | Scaled ARR from $2M to $40M | B2B SaaS "
    "| Sales Leadership | Revenue Operations | MEDDICC | Board Advisor | Keynote "
    "Speaker | Girl dad x3 | Opinions are my own",
    "Founder & CEO @ Tidepool AI (YC W24) | Helping sales teams write emails "
    "people actually answer | Previously: Growth @ Stripe, PM @ Atlassian | "
    "Angel investor in 30+ startups | Writing weekly at tidepool.substack",
    "Full-Stack Developer | JavaScript | TypeScript | React | Node.js | "
    "Python | Django | PostgreSQL | AWS | Docker | Kubernetes | CI/CD | "
    "Open to work 🟢 | Remote or hybrid in Lisbon",
    "Partner at Moss & Oak Capital | Pre-seed & Seed in B2B software, devtools "
    "and the future of work | Former founder (acquired 2019) | Mentor @ "
    "Techstars | I read every cold email — keep it under 5 sentences",
    "Head of Talent @ Helio Health ✦ We're hiring engineers, designers & "
    "clinicians who want to fix healthcare ✦ People-first hiring ✦ Neurodiverse "
    "& proud ✦ Ask me about our 4-day week pilot | she/her",
    "Sales Development Manager EMEA | Outbound | Prospecting | Cold Calling "
    "Coach | LinkedIn Top Voice 2024 | I help SDR teams book 3x more meetings "
    "without burning out | Free playbook in Featured ⬇️",
    "Ingénieur logiciel senior chez Atelier Nova | C++17/20, Qt 6, QML | "
    "Rendu temps réel & visualisation scientifique | Contributeur open source "
    "| Ancien de Dassault Systèmes | Basé à Lyon, ouvert au télétravail",
]

# (kind, company named in it, locale of the person) per long headline.
LONG_HEADLINE_FOR = [None, None,
                     ("founder", "Tidepool AI", None),
                     ("candidate", "Stackwise", None),
                     ("investor", "Moss & Oak Capital", None),
                     ("recruiter", "Helio Health", None),
                     ("prospect", "Loop & Ledger", None),
                     ("candidate", "Atelier Nova", "fr")]

TAGLINES = ["Open to work", "Ex-Google", "Ex-Salesforce", "We're hiring!",
            "Speaker", "Author of The Pipeline Book",
            "Building in public", "B2B SaaS", "Remote-first"]


def make_headline(role_kind, locale, company, role_override=None):
    fitting = [t for kinds, t in LOCAL_HEADLINES.get(locale, [])
               if role_kind in kinds]
    if fitting and role_override is None and rng.random() < 0.45:
        return rng.choice(fitting).format(company=company)
    role = role_override or rng.choice(ROLES[role_kind])
    sep = rng.choice([" at ", " at ", " @ ", " · "])
    h = role + sep + company
    r = rng.random()
    if r < 0.25:
        h += " | " + rng.choice(TAGLINES)
    elif r < 0.35:
        h += " | " + " | ".join(rng.sample(TAGLINES, 2))
    return h


def company_for(kind):
    if kind == "recruiter":
        return rng.choice(RECRUITING_FIRMS + COMPANIES[:6])
    if kind == "investor":
        return rng.choice(VC_FIRMS)
    if kind == "event":
        return rng.choice(EVENT_ORGS)
    return rng.choice(COMPANIES)


# --------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------
# Pools of last messages, by scenario and by who sent it ("them" or "me").
# Placeholders: {first} (participant greeting name), {company}.

MSG = {
    "candidate": {
        "them": [
            "Hi Alex, thanks for reaching out! I'd love to learn more about the role. Does Thursday afternoon work for a quick call?",
            "Thanks for the chat today. I've attached my portfolio link in my profile — let me know if you need anything else.",
            "Thanks!",
            "Hi Alex,\n\nI finished the take-home. It took a bit longer than the suggested 3 hours because I added tests for the model layer. Happy to walk you through it.\n\nBest,\n{first}",
            "I appreciate the offer, truly. After a lot of thought I've decided to stay at {company} for now — the timing just isn't right with the team I'm building. I want to say that the process with you was the most thoughtful one I've been through in years: clear expectations, fast feedback, and an honest conversation about equity. I hope we can stay in touch, and if anything changes next year I'll reach out first.",
            "Could you share the salary range for this position before we go further? I'm currently interviewing elsewhere and want to be respectful of everyone's time.",
            "Sounds great, see you Monday 👋",
            "Quick question: is the role fully remote or hybrid? I'm based in Porto and can travel once a month.",
            "Hello! Just wanted to follow up on my application from last week. Any update on next steps?",
            "I signed! Starting on the 3rd. Thank you so much for everything 🎉",
            "Yes, I have experience with Qt Widgets and a bit of QML. Most of my work at {company} was on a model/view heavy desktop tool, ~300k lines, CMake, Linux + Windows.",
            "Sorry for the late reply, I was travelling. Still interested!",
            "Not looking right now, but thanks for thinking of me.",
            "Thanks Alex. I talked to my partner and we're aligned — I'm excited to move forward. What are the next steps on your side (references, background check)? I can give you two references from {company} by Wednesday.",
            "Happy to do the system design round. Can we do it on Tuesday instead of Monday? Monday is a public holiday here.",
        ],
        "me": [
            "Hi {first}, your work at {company} caught my eye. We're hiring a senior C++/Qt engineer at Linkup Labs (remote, EU time zones). Open to a 20-minute chat?",
            "Thanks for your time today, {first}! I'll send over the take-home by Friday.",
            "Great talking to you. Sending the offer letter over email now — let me know if anything is unclear.",
            "No worries at all, {first}. Door is always open. Good luck with the launch!",
            "Hi {first}, following up on my note from last week — still keen to chat if the timing works.",
            "Here's the link to book a slot that suits you: https://cal.com/alex-morgan/30min",
            "Welcome aboard! 🎉",
            "Perfect, Tuesday works. I'll send an invite.",
            "Range is €85–105k + equity, depending on level. Happy to go into detail on a call.",
            "Hi {first},\n\nThanks again for the interviews. The team was really impressed with the way you approached the threading question.\n\nWe'd like to move to the final round with our CTO. Could you share your availability for next week?\n\nAlex",
        ],
    },
    "recruiter": {
        "them": [
            "Hi Alex, I'm working with a Series B fintech in London looking for a VP Engineering. Given your background, would you be open to a confidential chat?",
            "Hi Alex! I help startups like Linkup Labs hire their first 10 engineers. We work on a success-fee basis only. Worth a 15-min call?",
            "Thanks for the feedback on the candidates. I'll send two more profiles by Friday.",
            "Just checking in — did you get a chance to look at the CVs I sent?",
            "Totally understand. I'll check back in Q2. Best of luck with the round!",
            "Hi Alex,\nWe placed three senior Qt engineers in Berlin this quarter and I have two more in process who'd be a fit for what you described. Both have 8+ years of C++, one has shipped a cross-platform desktop app to 1M+ users. Fee is 18%, 90-day guarantee. Shall I send anonymised profiles?",
        ],
        "me": [
            "Thanks, but we're not working with agencies at the moment.",
            "Sure, send them over. We need someone who has shipped desktop software, not just web.",
            "Appreciate it, {first}. Let's reconnect in a few months.",
            "Hi {first}, happy to chat. What's the comp range and team size?",
        ],
    },
    "prospect": {
        "them": [
            "Interesting. Can you send me a one-pager? I'll share it with our RevOps lead.",
            "We already use a tool for this, but happy to see how you compare. Next Wednesday 10am ET?",
            "Not a priority this quarter, sorry. Ping me in March.",
            "Thanks Alex, the demo was great. A few questions from the team:\n1. Do you support SSO?\n2. Where is data stored (EU/US)?\n3. Can we export conversations to our CRM?\nIf those check out I think we can start a pilot with 15 seats.",
            "Who else in the mid-market segment is using it? Would love a reference customer.",
            "Please remove me from your list.",
            "Legal is reviewing the DPA. Should be done by end of week 🤞",
            "We signed! PO is on its way. Looking forward to the kickoff.",
            "Can you do 20% off if we commit annually?",
            "Hey — saw your post about inbox zero for sales teams. That's exactly our pain right now, our SDRs are drowning in LinkedIn messages and half the replies get lost. Do you have 30 minutes this week? I'd like to bring our Head of Sales.",
        ],
        "me": [
            "Hi {first}, congrats on the new role at {company}! Quick question: how does your team keep track of LinkedIn replies today?",
            "Hi {first}, following up on my last note — would a 15-minute demo next week be useful?",
            "Here's the one-pager and the security overview. Let me know if you need anything else for procurement.",
            "Totally fair. I'll reach out in March 👍",
            "Hi {first},\n\nJust closing the loop: I haven't heard back, so I'll assume the timing isn't right. If that changes, I'm one message away.\n\nAll the best,\nAlex",
            "Yes to all three: SSO via SAML/OIDC, EU data residency (Frankfurt), and native HubSpot + Salesforce sync. I'll send the pilot agreement today.",
            "Done — removed. Sorry for the noise!",
            "Great news, thank you {first}! Kickoff invite coming your way.",
            "We can do 15% on an annual commitment, plus onboarding for free. Would that work?",
        ],
    },
    "vendor": {
        "them": [
            "Hi Alex, I noticed Linkup Labs is growing fast 🚀 Are you the right person to talk to about your payroll setup?",
            "Following up on my previous message — would you have 15 minutes next week to see how we help founders save 10 hours a week on bookkeeping?",
            "Hi Alex, did you get my last message? Just floating this to the top of your inbox 🙂",
            "Last try, I promise! If now isn't a good time, just let me know and I'll stop following up.",
            "Hey Alex — we just released our new SOC 2 automation module. Companies your size typically get audit-ready in 6 weeks instead of 6 months. Worth a look?",
            "Hi Alex, congrats on the seed round! Many founders we work with struggle with recruiting after a raise. We've built a platform that sources, screens and schedules candidates automatically, and our customers fill engineering roles 40% faster on average. Would you be open to a quick demo this week or next? I can also send a 2-minute video if that's easier, or a short case study from a 15-person seed-stage team in Berlin that hired four engineers in six weeks with us. Either way, congratulations again!",
        ],
        "me": [
            "Thanks {first}, not a fit for us right now.",
            "Sure, send over the video.",
            "We're all set with our current provider, thanks.",
        ],
    },
    "investor": {
        "them": [
            "Hi Alex, loved the demo at the meetup. Are you raising? Would love to learn more.",
            "Thanks for sending the deck. The team will review it on Monday's partner meeting.",
            "We're going to pass for now — it's a bit early for our fund, but we'd love to follow along. Please keep me on your update list.",
            "Congrats on the numbers this month! 📈 That retention curve is impressive.",
            "Can you share the data room? We'd like to move to DD.",
            "Hi Alex,\n\nFollowing our call, I spoke with my partners. We'd like to lead your pre-seed with €1.2M on a €10M post. Term sheet attached via email.\n\nLet's find 30 minutes tomorrow to go through it.\n\nBest,\n{first}",
            "Quick intro: my friend runs sales at a 200-person SaaS company and is looking for exactly what you're building. OK if I connect you two?",
        ],
        "me": [
            "Hi {first}, we're raising a €1.5M pre-seed to scale Linkup Labs. Here's the deck: https://docsend.com/view/x7k2m9qp — would love your thoughts.",
            "Thanks {first}, really appreciate the candid feedback. Will keep you posted with our monthly updates.",
            "Absolutely, please do the intro!",
            "Data room link is in your email. Let me know if anything is missing.",
            "Monthly update: MRR +18%, 4 new logos, and we shipped the desktop app 🎉 Full update in your inbox.",
        ],
    },
    "founder": {
        "them": [
            "Hey Alex! Long time no see. Coffee next week?",
            "How did you find your first 10 customers? We're stuck at 3 and I'm running out of warm intros 😅",
            "Haha yes, the same thing happened to us with the App Store review. Took 9 days.",
            "Just saw the launch on Product Hunt — congrats!! 🎉🎉",
            "Would you be up for a podcast episode on bootstrapping vs. raising? Recording is 45 min, remote.",
            "Thanks for the intro to Sophie, we're meeting on Friday.",
            "Honestly the best advice I got was: charge more, earlier. We tripled our price in month 4 and churn didn't move. Most of the customers who complained weren't the ones we wanted anyway. Happy to share our pricing page evolution if useful — we kept screenshots of every version.",
            "👍",
        ],
        "me": [
            "Yes! Tuesday at 9 at the usual place?",
            "Founder-led sales, 100%. I did ~300 LinkedIn DMs in two months. Happy to share the templates.",
            "Would love to, send me the details.",
            "Thanks {first}! Couldn't have done it without your feedback on the onboarding flow.",
            "Sounds good",
        ],
    },
    "customer": {
        "them": [
            "Hi Alex, the export to CSV is cutting off messages longer than 500 characters. Is that a known issue?",
            "The new unread badges are 🔥. My team loves them.",
            "Can we add two more seats to our plan?",
            "Hi Alex — feature request: could conversations be grouped by campaign? We run 5–6 outbound sequences at once and it gets messy.",
            "Thanks for the quick fix!",
            "Our renewal is coming up next month. Could you send the invoice to finance@ rather than me?",
        ],
        "me": [
            "Thanks for flagging, {first}! Fix is shipping in tomorrow's release.",
            "Done — two seats added, prorated on your next invoice.",
            "Love this idea. Adding it to the roadmap — I'll keep you posted.",
            "Glad to hear it! 🙌",
        ],
    },
    "event": {
        "them": [
            "Hi Alex, we'd love to have you speak at our next meetup on the 18th. Topic is up to you — maybe founder-led sales?",
            "Reminder: your slot is at 14:30. Slides in 16:9 please!",
            "Thank you for joining the panel yesterday. Here's the recording link once it's edited next week.",
        ],
        "me": [
            "Happy to! I'll send a title and abstract by Friday.",
            "Thanks for having me, {first}. Great crowd!",
        ],
    },
}

# Local-language messages: (kinds they fit or None for any, text).
PCI = ("prospect", "customer", "investor")
LOCAL_MSG = {
    "fr": {
        "them": [
            (None, "Bonjour Alex, merci pour votre message ! Je suis disponible jeudi après-midi pour un appel."),
            (None, "Merci !"),
            (("vendor", "recruiter", "event"), "Bonjour Alex,\n\nJe me permets de vous relancer concernant notre échange de la semaine dernière. Avez-vous eu le temps de regarder la proposition ?\n\nBien cordialement,\n{first}"),
            (("prospect", "customer"), "Super démo, l'équipe est convaincue. On lance le pilote en janvier ?"),
            (None, "Pardon pour le délai de réponse, c'était la folie cette semaine 😅"),
        ],
        "me": [
            (None, "Merci beaucoup {first}, à jeudi alors !"),
            (("prospect", "customer"), "Bonjour {first}, je vous envoie la proposition par e-mail dans la journée."),
        ],
    },
    "de": {
        "them": [
            (None, "Hallo Alex, vielen Dank für die Nachricht. Können wir nächste Woche telefonieren?"),
            (None, "Danke!"),
            (("prospect", "customer"), "Hallo Alex,\nwir haben intern gesprochen und würden gerne mit einem Pilotprojekt für unser Vertriebsteam (12 Personen) starten. Wichtig für uns: Datenhaltung in der EU und ein AV-Vertrag nach DSGVO. Können Sie mir die Unterlagen schicken?\nViele Grüße\n{first}"),
            (("prospect", "customer"), "Klingt spannend, aber aktuell haben wir leider kein Budget dafür."),
        ],
        "me": [
            (None, "Hallo {first}, gerne! Passt Dienstag um 10 Uhr?"),
            (PCI, "Vielen Dank, {first} — die Unterlagen sind unterwegs."),
        ],
    },
    "es": {
        "them": [
            (("candidate",), "¡Hola Alex! Gracias por escribirme. Me interesa mucho el puesto, ¿cuándo podemos hablar?"),
            (None, "¡Gracias!"),
            (("prospect", "customer"), "Hola Alex, te comento que el equipo revisó la propuesta y tenemos algunas dudas sobre la integración con Salesforce. ¿Podrías enviarme la documentación técnica?"),
            (None, "Perfecto, nos vemos el martes 🙌"),
        ],
        "me": [
            (PCI, "¡Hola {first}! Te mando la documentación hoy mismo."),
            (None, "Muchas gracias, {first}. ¡Hablamos pronto!"),
        ],
    },
    "ja": {
        "them": [
            (None, "Alex様\n\nご連絡ありがとうございます。ぜひ一度お話しさせていただければと思います。来週のご都合はいかがでしょうか。\n\nよろしくお願いいたします。"),
            (None, "ありがとうございます！"),
            (PCI, "資料を拝見しました。社内で検討のうえ、改めてご連絡いたします。"),
            (("prospect", "customer"), "デモ、とても分かりやすかったです。チームにも共有しました 👍"),
        ],
        "me": [
            (None, "{first_ja}、ご返信ありがとうございます。来週火曜日の10時はいかがでしょうか？"),
            (PCI, "ありがとうございます！資料をお送りします。"),
        ],
    },
}

# (headline role, required locale or None, text)
JOB_MSG_THEM = [
    ("C++/Qt Developer", None, "Hi Alex, I just applied for the Senior C++/Qt Engineer position at Linkup Labs. I've spent 6 years building desktop tools with Qt 5 and 6 and would love to tell you more."),
    ("Product Designer", None, "Hello, I applied to the Product Designer role yesterday. My portfolio is linked in my profile. Thank you for considering my application!"),
    ("Account Executive", None, "Hi Alex — applied for the Founding Account Executive role. I've been the first sales hire at two startups (0→$3M ARR at the last one). Happy to share references."),
    ("Customer Success Manager", None, "Hi, is the Customer Success position still open? The job post says 'closed' but the link still works."),
    ("Data Scientist", None, "Thank you for the update. Disappointed, of course, but I appreciate you taking the time to give detailed feedback — that's rare. Good luck with the search!"),
    ("Software Engineer C++/Qt", "fr", "Bonjour Alex, je viens de postuler au poste de développeur·se Qt. Je suis disponible dès février."),
    ("DevOps Engineer", None, "Hi Alex,\n\nI applied to the DevOps role through LinkedIn Easy Apply, but I wanted to reach out directly as well. I've run Kubernetes in production for 5 years, built CI pipelines that ship desktop apps for three platforms, and I'm comfortable on call.\n\nThanks!"),
    ("QA Automation Engineer", None, "Following up on my application for the QA Automation role 🙂"),
]
JOB_MSG_ME = [
    "Hi {first}, thanks for applying! We'd love to set up a first call. Does next Tuesday or Wednesday work?",
    "Hi {first}, thank you for your interest. We've decided to move forward with other candidates, but I really enjoyed reading your application.",
]

# (person kind, headline role, required locale or None, text)
INMAIL_MSG = [
    ("investor", "Principal", None, "Hi Alex, I'm a Principal at {company}. We've been tracking the sales-tooling space and Linkup Labs keeps coming up. Would you be open to a 20-minute intro call next week? No deck needed."),
    ("vendor", "Partnerships Manager", None, "Hi Alex — I lead partnerships at {company}. Several of our customers have asked for a LinkedIn inbox integration and your product looks like a great fit. Could we explore a partnership?"),
    ("recruiter", "Executive Search Consultant", None, "Hello Alex, I'm reaching out about an exciting CTO opportunity at a well-funded climate-tech startup in Amsterdam. Your experience building and scaling product teams stood out. Interested in hearing more?"),
    ("recruiter", "Technical Recruiter", None, "Alex, quick one: are you responsible for hiring at Linkup Labs? I have three pre-vetted senior Qt engineers available immediately."),
    ("event", "Newsletter Editor", None, "Hi Alex, I'm writing a piece on founder-led sales for a newsletter with 40k subscribers. Could I ask you three questions by email?"),
    ("event", "Tech Journalist", None, "Dear Alex,\n\nI am a journalist at a European tech publication preparing an article about tools that help sales teams manage LinkedIn at scale. Would you be available for a short interview this week? It would take 15 minutes, by phone or video.\n\nKind regards,\n{first}"),
    ("founder", "Board Advisor", None, "Hi Alex, congratulations on the recent launch! I'm a board advisor for early-stage B2B SaaS companies (ex-CRO at two unicorns). I've helped founders go from founder-led sales to a repeatable sales motion. If you're thinking about your first sales hires, I'd be glad to share what worked and what didn't — including the two hiring mistakes that cost me a year. Happy to do a 30-minute call, no strings attached and no pitch."),
    ("event", "Community Manager", None, "Hi Alex, we're organising a private dinner for 12 SaaS founders in Paris on the 14th. Would you like to join?"),
    ("investor", "Investment Team", "fr", "Bonjour Alex, je fais partie de l'équipe d'investissement de {company}. Nous investissons en pré-seed dans des logiciels B2B en Europe. Seriez-vous disponible pour un café ?"),
    ("vendor", "Sales Consultant", "de", "Hallo Alex, ich bin auf Ihr Profil gestoßen und möchte Ihnen eine Beratung zur Internationalisierung Ihres Vertriebs anbieten."),
    ("vendor", "Partnerships Manager", None, "Hi Alex 👋 Saw that you're hiring. We run a bootcamp for career-switchers into QA and would love to send you graduates for free."),
    ("vendor", "Growth Consultant", None, "Alex, I'll keep it short: we helped 120 B2B founders double their reply rates on LinkedIn. Want to see the case study?"),
    ("candidate", "Senior Product Manager", None, "Hi Alex — I'm a product leader with 12 years in sales tooling (HubSpot ecosystem) and I love what you're building. If you're ever looking for a Head of Product, I'd love to chat."),
    ("investor", "Investment Director", None, "Hello Alex, I represent a family office looking at secondary opportunities in European SaaS. Would you be open to a confidential conversation?"),
    ("founder", "Co-founder & CEO", None, "Alex, we're building the next generation of AI sales agents and are looking for design partners. You'd get free access for 12 months in exchange for feedback."),
    ("event", "Program Manager", None, "Hi Alex, I noticed you spoke at SaaS Founders Summit last year. We'd love to invite you as a judge for our startup competition in March."),
    ("vendor", "Head of Growth", None, "Thanks for accepting my InMail! Just wanted to say the post about your onboarding flow was brilliant."),
]

SPONSORED_MSG = [
    "Hi Alex, grow your pipeline with Sales Navigator Advanced. Start your free 30-day trial today and unlock unlimited searches, InMail credits and CRM sync. Try it free →",
    "Alex, is your team ready for 2026? Join our free webinar \"The State of B2B Sales\" on January 15th — 3 speakers, 45 minutes, live Q&A. Register now: https://events.example.com/state-of-b2b-sales",
    "Hi Alex, get 3 months of premium payroll free for startups under 20 employees. Offer ends soon 💼",
    "Exclusive for founders: cut your cloud bill by up to 40% with reserved capacity. Book a free audit.",
]

SPECIAL_MARKUP = ('Testing your new inbox thing: <b>Not bold</b> & <i>not italic</i> '
                  '<a href="javascript:alert(1)">click</a> — if any of that shows up '
                  'formatted, you have a bug 😉')

SPECIAL_ARABIC_TEXT = ("شكراً جزيلاً Alex! سأرسل لك العرض غداً صباحاً إن شاء الله. "
                       "هل يناسبك اجتماع يوم الأحد الساعة 10؟")
SPECIAL_HEBREW_TEXT = "היי Alex, תודה על ההדגמה! נשמח להתחיל פיילוט עם 5 משתמשים בינואר 🙏"

SPECIAL_LONG_TEXT = (
    "Hi Alex,\n\nThanks so much for taking the time last week — I've been "
    "thinking about our conversation ever since. I went back to my team and "
    "we mapped out how our 14 SDRs currently handle LinkedIn replies: half of "
    "them copy messages into HubSpot by hand, the other half don't log them at "
    "all, and our managers have zero visibility into response times. We "
    "estimated we lose about 20% of warm replies simply because nobody "
    "follows up within 48 hours.\n\nSo, a few questions before I take this to "
    "our CRO:\n- Can managers see a shared view across reps?\n- How do you "
    "handle accounts that get rate-limited by LinkedIn?\n- Is there an API "
    "or webhook we could plug into our data warehouse?\n\nIf the answers are "
    "what I hope they are, I'd like to propose a 30-day pilot starting the "
    "second week of January. Thanks again, and happy holidays! 🎄"
)

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------

_person_counter = [0]
_used_names = set()
_used_slugs = set()


def next_key():
    _person_counter[0] += 1
    return "p%03d" % _person_counter[0]


def rand_hex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(n):
    alphabet = ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                "0123456789")
    return "".join(rng.choice(alphabet) for _ in range(n))


def vanity_url(slug_base):
    while True:
        slug = "%s-%s" % (slug_base, rand_hex(rng.choice([6, 7, 8, 9])))
        if slug not in _used_slugs:
            _used_slugs.add(slug)
            return "https://www.linkedin.com/in/" + slug


def opaque_url():
    return "https://www.linkedin.com/in/ACoAAB" + rand_alnum(30)


def draw_name(want_locale=None):
    """A new unused (name, slug_base, greeting, locale)."""
    for _ in range(1000):
        if want_locale is None and rng.random() < 0.42:
            name, slug, greet, loc = rng.choice(FULL_NAMES)
        else:
            loc = want_locale or rng.choices(["en", "fr", "de", "es"],
                                             [6, 2, 2, 2])[0]
            firsts, lasts = COMBO_NAMES[loc]
            first = rng.choice(firsts)
            name = first + " " + rng.choice(lasts)
            slug, greet = None, first
        if name in _used_names:
            continue
        _used_names.add(name)
        if slug is None:
            slug = ascii_slug(name)
        if greet is None:
            greet = name.split(" ")[0]
        return name, slug, greet, loc
    raise RuntimeError("ran out of names")


def make_person(kind, name=None, slug=None, greet=None, locale="en",
                headline=None, profile_url=None, picture="auto", role=None,
                want_locale=None, company=None):
    if name is None:
        name, slug, greet, locale = draw_name(want_locale)
    else:
        _used_names.add(name)
        if slug is None:
            slug = ascii_slug(name)
        if greet is None:
            greet = name.split(" ")[0]
    if company is None:
        company = company_for(kind)
    if headline is None:
        headline = make_headline(kind, locale, company, role)
    key = next_key()
    if picture == "auto":
        picture = "/avatars/%s.png" % key
    if profile_url is None:
        profile_url = vanity_url(slug)
    return {
        "_kind": kind, "_locale": locale, "_greet": greet, "_company": company,
        "_slug": slug, "_key": key,
        "name": name, "headline": headline, "profile_url": profile_url,
        "profile_picture": picture,
    }


def public(person):
    return {k: person[k] for k in ("name", "headline", "profile_url",
                                   "profile_picture")}


# --------------------------------------------------------------------------
# Message picking (without replacement per pool, refilled when exhausted)
# --------------------------------------------------------------------------

_bags = {}


def pick(pool_id, pool):
    bag = _bags.get(pool_id)
    if not bag:
        bag = list(pool)
        rng.shuffle(bag)
        _bags[pool_id] = bag
    return bag.pop()


def fill(text, person):
    first_ja = person["name"].split(" ")[0] + "様" if person["_locale"] == "ja" \
        else person["_greet"]
    return (text.replace("{first_ja}", first_ja)
                .replace("{first}", person["_greet"])
                .replace("{company}", person["_company"]))


def message_for(person, from_me, scenario_pool="normal"):
    side = "me" if from_me else "them"
    loc = person["_locale"]
    kind = person["_kind"]
    if loc in LOCAL_MSG and rng.random() < 0.6:
        fitting = [t for kinds, t in LOCAL_MSG[loc][side]
                   if kinds is None or kind in kinds]
        if fitting:
            return fill(pick(loc + side + kind, fitting), person)
    return fill(pick(kind + side, MSG[kind][side]), person)


# --------------------------------------------------------------------------
# Times
# --------------------------------------------------------------------------

def inbox_offsets(n):
    """Offsets (ms before NEWEST_MS), ascending, offsets[0] == 0."""
    offs = [0]
    # ~8 within the same day, minutes to hours apart.
    for m in (6, 19, 47, 95, 170, 260, 410):
        offs.append(m * MINUTE + rng.randrange(0, 59000))
    # yesterday
    for _ in range(6):
        offs.append(rng.randrange(25 * HOUR, 46 * HOUR))
    # the rest of the last week
    for _ in range(20):
        offs.append(rng.randrange(2 * DAY, 7 * DAY))
    rest = n - len(offs)
    weeks = rest // 2
    # weeks: 1 week .. 3 months
    for _ in range(weeks):
        offs.append(rng.randrange(8 * DAY, 92 * DAY))
    # months: 3 months .. ~1.5 years
    for _ in range(rest - weeks - 1):
        offs.append(rng.randrange(92 * DAY, 540 * DAY))
    offs.append(548 * DAY + rng.randrange(0, DAY))  # the oldest
    offs = sorted(set(offs))
    assert len(offs) == n, len(offs)
    return offs


def spread_offsets(n, first, last):
    first += rng.randrange(0, MINUTE)
    last += rng.randrange(0, 9 * HOUR)
    offs = {first, last}
    while len(offs) < n:
        # denser near the newest end
        u = rng.random() ** 1.7
        offs.add(int(first + u * (last - first)))
    return sorted(offs)


# --------------------------------------------------------------------------
# Conversation ids
# --------------------------------------------------------------------------

_used_ids = set()


def conversation_id():
    while True:
        u = "%s-%s-4%s-%s%s-%s" % (rand_hex(8), rand_hex(4), rand_hex(3),
                                   rng.choice("89ab"), rand_hex(3),
                                   rand_hex(12))
        raw = "%s_%03d" % (u, rng.choice([10, 100, 500]))
        tid = "2-" + base64.b64encode(raw.encode("ascii")).decode("ascii")
        cid = "urn:li:msg_conversation:(urn:li:fsd_profile:%s,%s)" % (
            OWNER_PROFILE_ID, tid)
        if cid not in _used_ids:
            _used_ids.add(cid)
            return cid


def conversation(person, text, time_ms, from_me, unread, ctype):
    return {
        "conversation_id": conversation_id(),
        "participant": public(person),
        "last_message": {
            "text": text,
            "time": int(time_ms),
            "sender": dict(OWNER) if from_me else public(person),
        },
        "unread": int(unread),
        "type": ctype,
    }


# --------------------------------------------------------------------------
# INBOX
# --------------------------------------------------------------------------

SCENARIOS = ["candidate", "prospect", "founder", "investor", "recruiter",
             "vendor", "customer", "event"]
SCENARIO_WEIGHTS = [24, 22, 12, 10, 7, 10, 10, 5]

notes = {"INBOX": {}, "INMAIL": {}, "JOB": {}}  # index -> list of notes


def note(cat, idx, text):
    notes[cat].setdefault(idx, []).append(text)


def build_inbox():
    n = N_INBOX
    offs = inbox_offsets(n)
    times = [NEWEST_MS - o for o in offs]

    # Special slots: index -> spec dict
    special = {
        1: dict(kind="prospect", name="ليلى حداد", slug="leila-haddad",
                greet="Leila", locale="ar", from_me=False, unread=2,
                text=SPECIAL_ARABIC_TEXT,
                note="RTL name (Arabic) + Arabic/English mixed message"),
        2: dict(kind="founder", name="Sam 🚀 Rivera", slug="sam-rivera",
                greet="Sam", from_me=True, unread=0,
                note="emoji in name; last message sent by owner"),
        3: dict(kind="founder", name="Marco Bianchi", locale="it",
                from_me=False, unread=120,
                text="ok one more thing 😂 — the investor update template you shared? we used it, and they replied within an hour. you're a legend",
                note="unread = 120 (\"99+\" badge)"),
        5: dict(kind="founder", name="Kevin O'Brien", slug="kevin-obrien",
                greet="Kevin", from_me=False, unread=1, text=SPECIAL_MARKUP,
                note="HTML-like markup in message text (must render literally); apostrophe in name"),
        7: dict(kind="vendor", name="Rachel Kim", from_me=False, unread=1,
                ctype="sponsored", text=SPONSORED_MSG[0],
                note="type sponsored in INBOX"),
        9: dict(kind="customer", name="נועה לוי", slug="noa-levi", greet="Noa",
                locale="he", from_me=False, unread=3, text=SPECIAL_HEBREW_TEXT,
                note="RTL name (Hebrew) + Hebrew message"),
        11: dict(kind="prospect", name="Ana 🌻", slug="ana", greet="Ana",
                 from_me=False, unread=0, text="Sounds good, talk soon 🌻",
                 note="emoji in name (short single-word name)"),
        12: dict(kind="prospect",
                 name="Maria Fernanda de los Ángeles Rodríguez-Villalobos y Castellanos Herrera",
                 slug="maria-fernanda-rodriguez-villalobos", greet="María Fernanda",
                 locale="es", from_me=False, unread=0,
                 headline=LONG_HEADLINES[1],
                 note="very long name (>= 60 chars) + long headline"),
        14: dict(kind="customer", name="Dev 👩🏽‍💻 Patel", slug="dev-patel",
                 greet="Dev", from_me=False, unread=37,
                 text="Also the CSV export still cuts off at 500 chars 🙃 sending you screenshots in a sec",
                 note="unread = 37; ZWJ + skin-tone emoji sequence in name"),
        17: dict(kind="prospect", name="Thomas Lindqvist", from_me=False,
                 unread=2, text=SPECIAL_LONG_TEXT,
                 note="very long multi-paragraph message (400+ chars) with newlines and a list"),
        21: dict(kind="candidate", name="Priya ✨ Nair", slug="priya-nair",
                 greet="Priya", from_me=False, unread=12,
                 text="Thank you!! ✨ I'll send the signed offer tonight.",
                 note="unread = 12; emoji in name"),
        25: dict(kind="candidate", name="Derek Hayes", from_me=False, unread=1,
                 profile_url=UNSAFE_HTTP_URL,
                 text="Hi Alex, here is my profile — tell me what you think!",
                 note="UNSAFE profile_url (http, must not be opened)"),
        30: dict(kind="investor", name="Hannah Goldberg", from_me=False,
                 unread=0, ctype="inmail",
                 text="Hi Alex, sending this as InMail since we're not connected yet — I'm a partner at Lowland Ventures and we'd love to meet.",
                 note="type inmail in INBOX"),
        40: dict(kind="investor", name="Yasmin ياسمين Nasser",
                 slug="yasmin-nasser", greet="Yasmin", from_me=True, unread=0,
                 note="mixed LTR/RTL name (bidi); sent by owner"),
        62: dict(kind="vendor", name="Tyler Brooks", from_me=False, unread=0,
                 ctype="sponsored", text=SPONSORED_MSG[1],
                 note="type sponsored in INBOX; message with URL"),
        95: dict(kind="recruiter", name="Anna-Lena Krüger", locale="de",
                 from_me=False, unread=0, ctype="inmail",
                 text="Hallo Alex, ich melde mich per InMail wegen einer spannenden CTO-Position in München. Haben Sie kurz Zeit?",
                 note="type inmail in INBOX (German)"),
        120: dict(kind="recruiter", name="Oluwaseun Adeyemi-Clarke",
                  headline=LONG_HEADLINES[0], from_me=True, unread=0,
                  note="long headline; sent by owner"),
    }
    # Keep random people from taking the special names.
    _used_names.update(s["name"] for s in special.values())

    # Who sent last: ~40% owner.
    target_owner = round(0.40 * n)
    fixed_owner = [i for i, s in special.items() if s["from_me"]]
    free = [i for i in range(n) if i not in special]
    owner_set = set(fixed_owner)
    owner_set.update(rng.sample(free, target_owner - len(fixed_owner)))

    # Unread: ~25 with 1..5 in total (special ones count), biased to newer.
    small_special = [i for i, s in special.items() if 1 <= s["unread"] <= 5]
    candidates = [i for i in free if i not in owner_set]
    need = 25 - len(small_special)
    unread_set = set()
    weights = {i: (6.0 if i < 15 else 3.0 if i < 40 else 1.0) for i in candidates}
    while len(unread_set) < need:
        pool = [i for i in candidates if i not in unread_set]
        i = rng.choices(pool, [weights[j] for j in pool])[0]
        unread_set.add(i)

    # People whose profile_url is an opaque id (~10), pictures null/empty.
    opaque = set(rng.sample(free, 8))
    null_pic = set(rng.sample([i for i in free if i not in opaque], 13))
    empty_pic = set(rng.sample([i for i in free if i not in null_pic], 2))

    # Scenario per free slot, then long headlines on a few people of a
    # fitting kind.
    kinds = {i: rng.choices(SCENARIOS, SCENARIO_WEIGHTS)[0] for i in free}
    long_at = {}
    for j in range(2, len(LONG_HEADLINES)):
        fits = [i for i in free if i not in long_at
                and kinds[i] == LONG_HEADLINE_FOR[j][0]]
        long_at[rng.choice(fits)] = j

    convs = []
    people = []
    for i in range(n):
        if i in special:
            s = special[i]
            p = make_person(s["kind"], name=s["name"], slug=s.get("slug"),
                            greet=s.get("greet"), locale=s.get("locale", "en"),
                            headline=s.get("headline"),
                            profile_url=s.get("profile_url"))
            from_me = s["from_me"]
            text = s.get("text") or message_for(p, from_me)
            unread = s["unread"]
            ctype = s.get("ctype", "normal")
            note("INBOX", i, s["note"])
        else:
            kind = kinds[i]
            url = opaque_url() if i in opaque else None
            pic = None if i in null_pic else "" if i in empty_pic else "auto"
            extra = {}
            if i in long_at:
                j = long_at[i]
                _, company, loc = LONG_HEADLINE_FOR[j]
                extra = dict(headline=LONG_HEADLINES[j], company=company,
                             want_locale=loc)
                note("INBOX", i, "long headline (150-250 chars)")
            p = make_person(kind, profile_url=url, picture=pic, **extra)
            from_me = i in owner_set
            text = message_for(p, from_me)
            if from_me or i not in unread_set:
                unread = 0
            else:
                unread = rng.choices([1, 2, 3, 4, 5], [10, 5, 3, 1, 1])[0]
            ctype = "normal"
            if i in opaque:
                note("INBOX", i, "opaque ACoAAB… profile_url")
            if i in null_pic:
                note("INBOX", i, "profile_picture null")
            if i in empty_pic:
                note("INBOX", i, "profile_picture empty string")
        if i == n - 1:
            note("INBOX", i, "oldest INBOX conversation (~1.5 years back)")
        people.append(p)
        convs.append(conversation(p, text, times[i], from_me, unread, ctype))
    return convs


def build_inmail():
    n = N_INMAIL
    offs = spread_offsets(n, 3 * HOUR + 17 * MINUTE, 400 * DAY)
    times = [NEWEST_MS - o for o in offs]
    sponsored = {2, 9, 15}
    phisher = 6
    convs = []
    msgs = list(INMAIL_MSG)
    rng.shuffle(msgs)
    for i in range(n):
        if i == phisher:
            _used_names.add("LinkedIn Security Team")
            p = make_person("vendor", name="LinkedIn Security Team",
                            slug="phisher", greet="there",
                            headline="Trust & Safety | LinkedIn Corporation",
                            profile_url=UNSAFE_HOST_URL)
            text = ("Your LinkedIn account will be suspended in 24 hours due to "
                    "unusual activity. Verify your identity now: "
                    "https://linkedin.com.evil.example/verify?u=alex-morgan")
            convs.append(conversation(p, text, times[i], False, 1, "inmail"))
            note("INMAIL", i, "UNSAFE profile_url (linkedin.com.evil.example, must not be opened); phishing text with URL")
            continue
        if i in sponsored:
            p = make_person("vendor")
            text = fill(pick("sponsored", SPONSORED_MSG[1:]), p)
            ctype = "sponsored"
            note("INMAIL", i, "type sponsored")
        else:
            kind, role, loc, template = msgs.pop()
            extra = {}
            if i == 11:
                extra = dict(profile_url=opaque_url(), picture=None)
                note("INMAIL", i, "opaque ACoAAB… profile_url; profile_picture null")
            p = make_person(kind, role=role, want_locale=loc, **extra)
            text = fill(template, p)
            ctype = "inmail"
        from_me = (i not in sponsored) and rng.random() < 0.2
        if from_me:
            text = fill(rng.choice([
                "Thanks {first}, happy to chat. Tuesday works.",
                "Thanks for reaching out, but not interested at the moment.",
                "Appreciate the note! Sending you a connection request.",
            ]), p)
        unread = 0 if from_me else (rng.choice([1, 1, 2]) if i < 6 else 0)
        convs.append(conversation(p, text, times[i], from_me, unread, ctype))
    return convs


def build_job():
    n = N_JOB
    offs = spread_offsets(n, 26 * HOUR, 240 * DAY)
    times = [NEWEST_MS - o for o in offs]
    convs = []
    them = list(JOB_MSG_THEM)
    rng.shuffle(them)
    owner_idx = (2, 5)
    for i in range(n):
        from_me = i in owner_idx
        extra = {}
        if i == 4:
            extra = dict(profile_url=opaque_url())
            note("JOB", i, "opaque ACoAAB… profile_url")
        elif i == 6:
            extra = dict(picture=None)
            note("JOB", i, "profile_picture null")
        if from_me:
            p = make_person("candidate", **extra)
            text = fill(JOB_MSG_ME[owner_idx.index(i)], p)
        else:
            role, loc, template = them.pop()
            p = make_person("candidate", role=role, want_locale=loc, **extra)
            text = fill(template, p)
        ctype = "job" if i % 3 != 1 else "normal"
        unread = 0 if from_me else (1 if i < 3 else 0)
        convs.append(conversation(p, text, times[i], from_me, unread, ctype))
    return convs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else os.path.join(here, "..", "sample-inbox.json")
    data = {"INBOX": build_inbox(), "INMAIL": build_inmail(),
            "JOB": build_job()}
    for h in LONG_HEADLINES:
        assert 150 <= len(h) <= 250, (len(h), h)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if "--notes" in sys.argv:
        for cat in ("INBOX", "INMAIL", "JOB"):
            for i in sorted(notes[cat]):
                print("%s[%d]: %s" % (cat, i, "; ".join(notes[cat][i])))


if __name__ == "__main__":
    main()
