// Code lists and wording for the demo recruitment events (DOMAIN.md: campaign MÍT DOMOV A RODINU, 2019 figures).
export const EVENT_TYPES = [
  { id: "TALK", nameCs: "Beseda / přednáška", nameEn: "Talk / lecture", recruitment: true },
  { id: "INFO_MEETING", nameCs: "Informační schůzka pro zájemce", nameEn: "Information meeting", recruitment: true },
  { id: "STAND", nameCs: "Stánek na akci pro veřejnost", nameEn: "Stand at a public event", recruitment: true },
  { id: "MEDIA_ARTICLE", nameCs: "Článek v médiích", nameEn: "Media article", recruitment: true },
  { id: "RADIO_TV", nameCs: "Rozhlas / televize", nameEn: "Radio / TV", recruitment: true },
  { id: "SOCIAL_MEDIA", nameCs: "Kampaň na sociálních sítích", nameEn: "Social media campaign", recruitment: true },
  { id: "VIDEO", nameCs: "Video", nameEn: "Video", recruitment: true },
  { id: "PRINT", nameCs: "Tiskoviny / billboard", nameEn: "Printed material / billboard", recruitment: true },
  { id: "APPLICANT_TRAINING", nameCs: "Příprava žadatelů", nameEn: "Training for applicants", recruitment: true },
  { id: "OTHER", nameCs: "Jiná aktivita", nameEn: "Other", recruitment: true },
  { id: "ROUND_TABLE", nameCs: "Kulatý stůl", nameEn: "Round table", recruitment: false },
  { id: "SEMINAR", nameCs: "Akreditovaný vzdělávací seminář", nameEn: "Accredited seminar", recruitment: false },
  { id: "EDU_VIDEO", nameCs: "Vzdělávací video", nameEn: "Educational video", recruitment: false },
  { id: "GOOD_PRACTICE", nameCs: "Seminář dobré praxe", nameEn: "Good-practice seminar", recruitment: false },
  // KA1 and KA4 of the 2016–2019 project (seed 001).
  {
    id: "STAFF_SEMINAR",
    nameCs: "Vzdělávací seminář sociálního pracovníka KÚ",
    nameEn: "Training seminar of a regional-office social worker",
    recruitment: false,
  },
  {
    id: "METHODOLOGY",
    nameCs: "Metodika kontrol SPOD",
    nameEn: "Child-protection inspection methodology",
    recruitment: false,
  },
  { id: "EVALUATION", nameCs: "Evaluace projektu", nameEn: "Project evaluation", recruitment: false },
] as const;

export type EventTypeId = (typeof EVENT_TYPES)[number]["id"];

export const MUNICIPALITIES: Record<string, string[]> = {
  "Česká Lípa": ["Česká Lípa", "Doksy", "Mimoň", "Stráž pod Ralskem", "Zákupy"],
  Frýdlant: ["Frýdlant", "Hejnice", "Raspenava", "Nové Město pod Smrkem"],
  "Jablonec nad Nisou": ["Jablonec nad Nisou", "Rychnov u Jablonce nad Nisou", "Lučany nad Nisou"],
  Jilemnice: ["Jilemnice", "Vysoké nad Jizerou", "Rokytnice nad Jizerou"],
  Liberec: ["Liberec", "Chrastava", "Hodkovice nad Mohelkou", "Český Dub"],
  "Nový Bor": ["Nový Bor", "Cvikov", "Sloup v Čechách"],
  Semily: ["Semily", "Lomnice nad Popelkou", "Rovensko pod Troskami"],
  Tanvald: ["Tanvald", "Smržovka", "Desná", "Velké Hamry"],
  Turnov: ["Turnov", "Sychrov", "Hrubá Skála"],
  "Železný Brod": ["Železný Brod", "Koberovy"],
};

/** Title templates per type; {m} is the municipality. */
export const TITLES: Partial<Record<EventTypeId, string[]>> = {
  TALK: [
    "Beseda o pěstounské péči – {m}",
    "Přednáška pro studenty: Děti potřebují rodinu ({m})",
    "Beseda v knihovně: Jak se stát pěstounem ({m})",
  ],
  INFO_MEETING: [
    "Informační schůzka pro zájemce o NRP – {m}",
    "Setkání zájemců o pěstounskou péči na přechodnou dobu ({m})",
  ],
  STAND: [
    "Stánek MÍT DOMOV A RODINU na městských slavnostech – {m}",
    "Stánek na Dni dětí – {m}",
    "Informační stánek na farmářských trzích – {m}",
  ],
  MEDIA_ARTICLE: [
    "Článek ve zpravodaji obce {m}: Pěstounem může být i vy",
    "Rozhovor s pěstounkou v regionálním tisku ({m})",
  ],
  RADIO_TV: ["Rozhovor v regionálním rozhlase o náhradní rodinné péči", "Reportáž regionální televize o pěstounech"],
  SOCIAL_MEDIA: [
    "Kampaň na sociálních sítích: Samozřejmost, nebo vzácnost?",
    "Facebooková kampaň k Týdnu náhradního rodičovství",
  ],
  VIDEO: ["Video: Příběh pěstounské rodiny z regionu"],
  PRINT: ["Billboard MÍT DOMOV A RODINU – {m}", "Letáky o pěstounské péči v čekárnách lékařů – {m}"],
  APPLICANT_TRAINING: ["Úvodní seminář pro žadatele o NRP – {m}"],
  OTHER: ["Promítání filmu s besedou o náhradní rodinné péči – {m}"],
};

/** Events of 2019 named in the region's press (DOMAIN.md). */
export const NAMED_2019 = [
  {
    date: "2019-05-15",
    type: "SOCIAL_MEDIA",
    title: "Průzkum k Mezinárodnímu dni rodin",
    orp: "Liberec",
    m: "Liberec",
  },
  { date: "2019-06-08", type: "STAND", title: "Blátivé odpoledne v Jilemnici", orp: "Jilemnice", m: "Jilemnice" },
  {
    date: "2019-08-05",
    type: "OTHER",
    title: "Výstava MÍT DOMOV A RODINU v hale Krajského úřadu Libereckého kraje",
    orp: "Liberec",
    m: "Liberec",
  },
  { date: "2019-11-09", type: "STAND", title: "Martinské trhy v Novém Boru", orp: "Nový Bor", m: "Nový Bor" },
] as const;

/** Confirmed recruitment activities per year after 2019 (2019 has the published 61). */
export const EVENTS_PER_YEAR: Record<number, number> = {
  2020: 22,
  2021: 30,
  2022: 38,
  2023: 41,
  2024: 14,
  2025: 12,
  2026: 9,
};

/** Regional figures of substitute family care (published ones from DOMAIN.md, the rest illustrative). */
export const CARE: {
  year: number;
  filed: [number | null, number | null, number | null];
  placed?: [number, number, number];
}[] = [
  { year: 2017, filed: [null, 10, 18] },
  { year: 2018, filed: [12, 11, 14], placed: [15, 12, 22] },
  { year: 2019, filed: [13, 12, 12], placed: [17, 11, 25] },
  { year: 2020, filed: [10, 9, 8], placed: [14, 10, 21] },
  { year: 2021, filed: [11, 10, 8], placed: [18, 12, 26] },
  { year: 2022, filed: [16, 15, 11], placed: [22, 13, 31] },
  { year: 2023, filed: [14, 13, 12], placed: [19, 12, 28] },
  { year: 2024, filed: [15, 12, 13], placed: [20, 11, 27] },
  { year: 2025, filed: [13, 14, 12], placed: [18, 13, 29] },
];
export const CHILDREN: { year: number; institutional: number | null; seeking: number | null }[] = [
  { year: 2017, institutional: 104, seeking: null },
  { year: 2022, institutional: 98, seeking: 140 },
  { year: 2023, institutional: 95, seeking: 150 },
  { year: 2024, institutional: 92, seeking: 160 },
];
