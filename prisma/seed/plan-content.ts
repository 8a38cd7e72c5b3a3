// Demo content of the Family Policy Strategic Plan 2019–2023: areas → goals → measures (titles after the plan's
// themes in DOMAIN.md), each measure with its gestor, an indicator and a deadline.
// `org`: the responsible organisation whose members report on the measure (else the regional office for "KÚ LK" gestors).
export type MeasureSeed = {
  title: string;
  gestor: string;
  org?: string;
  indicator: [name: string, unit: string, baseline: number, target: number];
};
export type GoalSeed = { title: string; measures: MeasureSeed[] };
export type AreaSeed = { title: string; goals: GoalSeed[] };

export const PLAN_2019_AREAS: AreaSeed[] = [
  {
    title: "Podpora rodin v období rodičovské dovolené",
    goals: [
      {
        title: "Udržet kontakt rodičů na rodičovské dovolené s profesí",
        measures: [
          {
            title: "Vzdělávací kurzy pro rodiče na rodičovské dovolené",
            gestor: "OSV KÚ LK",
            indicator: ["Počet absolventů kurzů", "osoby", 0, 240],
          },
          {
            title: "Podpora rodinných a mateřských center",
            gestor: "OSV KÚ LK",
            indicator: ["Počet podpořených center", "centra", 6, 14],
          },
          {
            title: "Poradenství při návratu do zaměstnání",
            gestor: "Úřad práce ČR, KoP Liberec",
            indicator: ["Počet poradenských konzultací", "konzultace", 50, 400],
          },
        ],
      },
      {
        title: "Posílit rodičovské kompetence",
        measures: [
          {
            title: "Programy podpory rodičovských kompetencí v obcích",
            gestor: "OSV KÚ LK",
            indicator: ["Počet obcí s programem", "obce", 4, 20],
          },
          {
            title: "Kurzy pro nastávající rodiče v porodnicích kraje",
            gestor: "Krajská nemocnice Liberec, a.s.",
            indicator: ["Počet kurzů ročně", "kurzy", 12, 30],
          },
          {
            title: "Informační portál pro rodiny Libereckého kraje",
            gestor: "OSV KÚ LK",
            indicator: ["Počet návštěv portálu ročně", "návštěvy", 0, 50000],
          },
        ],
      },
    ],
  },
  {
    title: "Slaďování rodinného a pracovního života",
    goals: [
      {
        title: "Rozšířit flexibilní formy práce",
        measures: [
          {
            title: "Flexibilní pracovní doba a částečné úvazky na krajském úřadě",
            gestor: "Kancelář ředitele KÚ LK",
            indicator: ["Podíl zaměstnanců s flexibilní pracovní dobou", "%", 18, 30],
          },
          {
            title: "Ocenění Family friendly zaměstnavatel Libereckého kraje",
            gestor: "OSV KÚ LK",
            indicator: ["Počet oceněných zaměstnavatelů", "zaměstnavatelé", 0, 25],
          },
          {
            title: "Osvěta zaměstnavatelů o prorodinných opatřeních",
            gestor: "Krajská hospodářská komora Liberec",
            indicator: ["Počet seminářů pro zaměstnavatele", "semináře", 0, 15],
          },
        ],
      },
      {
        title: "Zajistit dostupnou péči o předškolní děti",
        measures: [
          {
            title: "Podpora vzniku dětských skupin",
            gestor: "OSV KÚ LK",
            indicator: ["Počet míst v dětských skupinách", "místa", 320, 600],
          },
          {
            title: "Příměstské tábory v době školních prázdnin",
            gestor: "OŠMTS KÚ LK",
            indicator: ["Počet míst na táborech", "místa", 800, 1500],
          },
          {
            title: "Mapování kapacit mateřských škol",
            gestor: "OŠMTS KÚ LK",
            indicator: ["Počet nepřijatých dětí", "děti", 410, 150],
          },
        ],
      },
    ],
  },
  {
    title: "Systémová spolupráce subjektů pečujících o rodiny a ohrožené děti",
    goals: [
      {
        title: "Propojit OSPOD, pověřené osoby a služby pro rodiny",
        measures: [
          {
            title: "Kulaté stoly k síti služeb pro rodiny v každém ORP",
            gestor: "OSV KÚ LK",
            indicator: ["Počet kulatých stolů", "setkání", 0, 42],
          },
          {
            title: "Semináře dobré praxe pro pracovníky s rodinami",
            gestor: "OSV KÚ LK",
            indicator: ["Počet seminářů dobré praxe", "semináře", 0, 5],
          },
          {
            title: "Případové konference a síťování na úrovni ORP",
            gestor: "OSPOD obcí s rozšířenou působností",
            indicator: ["Počet případových konferencí", "konference", 40, 120],
          },
        ],
      },
      {
        title: "Zvýšit kvalitu sociální práce s rodinami",
        measures: [
          {
            title: "Akreditované vzdělávání pracovníků OSPOD",
            gestor: "OSV KÚ LK",
            indicator: ["Počet proškolených pracovníků", "osoby", 0, 400],
          },
          {
            title: "Supervize pracovníků sociálně-právní ochrany dětí",
            gestor: "OSV KÚ LK",
            indicator: ["Počet hodin supervize", "hodiny", 0, 300],
          },
          {
            title: "Metodika kontrol výkonu sociálně-právní ochrany dětí",
            gestor: "OSV KÚ LK",
            indicator: ["Počet zpracovaných metodik", "metodiky", 0, 2],
          },
        ],
      },
    ],
  },
  {
    title: "Náhradní rodinná péče",
    goals: [
      {
        title: "Zvýšit počet žadatelů o náhradní rodinnou péči",
        measures: [
          {
            title: "Plán pro vyhledávání náhradních rodičů (60 náborových aktivit)",
            gestor: "Pracovní skupina pro vyhledávání náhradních rodičů",
            indicator: ["Počet náborových aktivit", "aktivity", 0, 60],
          },
          {
            title: "Kampaň MÍT DOMOV A RODINU a Týden náhradního rodičovství",
            gestor: "OSV KÚ LK",
            indicator: ["Počet oslovených osob", "osoby", 2000, 20000],
          },
          {
            title: "Pěstounská péče na přechodnou dobu v každém ORP",
            gestor: "OSV KÚ LK",
            indicator: ["Počet pěstounů na přechodnou dobu", "rodiny", 14, 30],
          },
        ],
      },
      {
        title: "Podpořit pěstounské rodiny",
        measures: [
          {
            title: "Doprovázení pěstounských rodin pověřenými osobami",
            gestor: "Pověřené osoby SPOD",
            org: "org-naruc",
            indicator: ["Počet doprovázených rodin", "rodiny", 420, 520],
          },
          {
            title: "Odlehčovací služby a respitní pobyty pro pěstouny",
            gestor: "OSV KÚ LK",
            indicator: ["Počet respitních pobytů", "pobyty", 20, 80],
          },
          {
            title: "Snížení počtu dětí v ústavní péči",
            gestor: "OSV KÚ LK",
            indicator: ["Počet dětí v ústavní péči", "děti", 104, 60],
          },
        ],
      },
    ],
  },
  {
    title: "Prorodinné prostředí v obcích a komunitách",
    goals: [
      {
        title: "Podpořit prorodinnou politiku obcí",
        measures: [
          {
            title: "Dotační program Podpora rodinných aktivit",
            gestor: "OSV KÚ LK",
            indicator: ["Počet podpořených projektů", "projekty", 0, 60],
          },
          {
            title: "Prorodinný audit obcí",
            gestor: "OSV KÚ LK",
            indicator: ["Počet obcí s prorodinným auditem", "obce", 2, 15],
          },
          {
            title: "Soutěž Obec přátelská rodině v Libereckém kraji",
            gestor: "Odbor regionálního rozvoje KÚ LK",
            indicator: ["Počet přihlášených obcí", "obce", 5, 25],
          },
        ],
      },
      {
        title: "Zapojit rodiny do veřejného života",
        measures: [
          {
            title: "Rodinné pasy a slevy pro rodiny s dětmi",
            gestor: "OSV KÚ LK",
            indicator: ["Počet vydaných rodinných pasů", "pasy", 3000, 9000],
          },
          {
            title: "Mezinárodní den rodiny – akce v regionu",
            gestor: "OSV KÚ LK",
            indicator: ["Počet akcí ke Dni rodiny", "akce", 3, 12],
          },
          {
            title: "Průzkum potřeb rodin v Libereckém kraji",
            gestor: "OSV KÚ LK",
            indicator: ["Počet respondentů průzkumu", "respondenti", 569, 1200],
          },
        ],
      },
    ],
  },
];

export const PLAN_2024_AREAS: AreaSeed[] = [
  {
    title: "Rodina a práce",
    goals: [{ title: "Slaďování rodinného a pracovního života", measures: [] }],
  },
  {
    title: "Ohrožené děti a náhradní rodinná péče",
    goals: [{ title: "Každé dítě v rodině", measures: [] }],
  },
  {
    title: "Rodina v obci",
    goals: [{ title: "Prorodinné obce a komunity", measures: [] }],
  },
  {
    title: "Informace a podpora rodičovství",
    goals: [{ title: "Dostupné informace pro rodiny", measures: [] }],
  },
];
