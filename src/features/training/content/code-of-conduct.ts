import type { CodeOfConduct, Text } from './types';

/**
 * The commitments a mentor signs. The children's version is the general list plus the
 * commitments that apply when the mentee is a child, numbered on from the general list.
 */
const generalCommitments: Text[] = [
  {
    da: '**Respekt.** Jeg møder min mentee og min mentees familie med respekt og nysgerrighed, uanset køn, alder, baggrund, religion, seksualitet, handicap og holdninger.',
    en: "**Respect.** I treat my mentee and my mentee's family with respect and curiosity, whatever their gender, age, background, religion, sexuality, disability or views.",
  },
  {
    da: '**Pålidelighed.** Jeg kommer til de aftalte møder og giver besked i god tid, hvis jeg bliver forhindret. Jeg forsvinder ikke, men afslutter forløbet ordentligt sammen med koordinatoren.',
    en: '**Reliability.** I turn up to the meetings we agree and give notice in good time if I cannot come. I do not disappear; I end the relationship properly together with the coordinator.',
  },
  {
    da: '**Grænser.** Jeg holder en venlig og professionel relation. Jeg indleder aldrig et romantisk eller seksuelt forhold til min mentee, og jeg påtager mig ikke andre roller i min mentees liv, fx som betalt barnepige, privatlærer eller leder.',
    en: "**Boundaries.** I keep a friendly and professional relationship. I never begin a romantic or sexual relationship with my mentee, and I do not take on other roles in my mentee's life, such as paid babysitter, private tutor or manager.",
  },
  {
    da: '**Tavshedspligt – og dens grænser.** Jeg holder det, min mentee fortæller mig, for mig selv og taler kun om min mentee med koordinatoren og andre i programmet, når det er nødvendigt. Jeg lover aldrig at holde alt hemmeligt, for hvis nogen er i fare, giver jeg det videre.',
    en: '**Confidentiality and its limits.** I keep what my mentee tells me to myself and talk about my mentee only with the coordinator and others in the program when it is necessary. I never promise to keep everything secret, because if someone is in danger, I pass it on.',
  },
  {
    da: '**Gaver og penge.** Jeg giver ikke gaver, penge eller lån til min mentee eller familien, og jeg tager ikke imod gaver af værdi. Udgifter til aktiviteter følger programmets regler.',
    en: "**Gifts and money.** I do not give gifts, money or loans to my mentee or their family, and I do not accept gifts of value. Costs of activities follow the program's rules.",
  },
  {
    da: '**Beskeder.** Jeg bruger platformens beskeder til aftaler og kontakt med min mentee og flytter ikke kontakten over i private kanaler.',
    en: "**Messaging.** I use the platform's messages for arrangements and contact with my mentee, and I do not move our contact to private channels.",
  },
  {
    da: '**Bekymringer.** Jeg rapporterer enhver bekymring for min mentees eller andres sikkerhed og trivsel til den trivselsansvarlige samme dag, og jeg ringer 112 ved akut fare.',
    en: '**Concerns.** I report any concern about the safety or wellbeing of my mentee or others to the safeguarding lead the same day, and I call 112 in immediate danger.',
  },
  {
    da: '**Alkohol og rusmidler.** Jeg er aldrig påvirket af alkohol eller rusmidler under aktiviteter i programmet, og jeg tilbyder aldrig min mentee alkohol, tobak eller rusmidler.',
    en: '**Alcohol and drugs.** I am never under the influence of alcohol or drugs during program activities, and I never offer my mentee alcohol, tobacco or drugs.',
  },
  {
    da: '**Programmets regler.** Jeg følger programmets regler og det, jeg har lært i træningen, og jeg holder min træning og screening opdateret.',
    en: "**Program rules.** I follow the program's rules and what I have learned in training, and I keep my training and screening up to date.",
  },
  {
    da: '**Ærlighed over for koordinatoren.** Jeg fortæller koordinatoren ærligt, hvordan det går, også når det er svært. Jeg siger til, hvis jeg kender min mentee eller familien i forvejen, og jeg fortæller det straks, hvis der sker noget, der kan have betydning for, om jeg kan være mentor – fx en sigtelse eller en dom.',
    en: '**Honesty with the coordinator.** I tell the coordinator honestly how things are going, even when it is difficult. I say so if I already know my mentee or their family, and I tell them at once if anything happens that could affect whether I can mentor, such as being charged with or convicted of an offence.',
  },
];

const childrenCommitments: Text[] = [
  {
    da: '**Aldrig bag lukkede døre.** Jeg er aldrig alene med barnet bag lukkede døre. Vi mødes, hvor andre kan se os, og aldrig hjemme hos mig.',
    en: '**Never behind closed doors.** I am never alone with the child behind closed doors. We meet where others can see us, and never at my home.',
  },
  {
    da: '**Forælderen ved besked.** Barnets forælder eller værge ved altid, hvad vi skal lave, hvor vi er, og hvornår barnet er hjemme igen. Ændrer planen sig, giver jeg besked.',
    en: "**The parent is informed.** The child's parent or guardian always knows what we are doing, where we are and when the child will be home. If plans change, I let them know.",
  },
  {
    da: '**Ingen privat kontakt på sociale medier.** Jeg har ingen privat kontakt med barnet på sociale medier eller i private apps, og jeg tager og deler ikke billeder af barnet uden aftale med forælderen og programmet.',
    en: '**No private contact on social media.** I have no private contact with the child on social media or in private apps, and I do not take or share photos of the child without agreement from the parent and the program.',
  },
  {
    da: '**Fysisk kontakt på barnets præmisser.** Fysisk kontakt sker kun, når barnet selv ønsker det, på en måde, der er passende, og hvor andre kan se det.',
    en: "**Physical contact on the child's terms.** Physical contact happens only when the child wants it, in a way that is appropriate, and where others can see it.",
  },
  {
    da: '**Transport efter aftale.** Jeg kører kun barnet i bil eller tager barnet med andre steder hen, når det er aftalt på forhånd med forælderen og programmet.',
    en: '**Transport only as agreed.** I only drive the child or take the child somewhere else when it has been agreed in advance with the parent and the program.',
  },
  {
    da: '**Enhver bekymring med det samme.** Jeg rapporterer enhver bekymring for et barn med det samme – også når jeg er i tvivl. Jeg ved, at alle, også frivillige, kan sende en underretning til kommunen og har pligt til det, hvis de får kendskab til, at et barn bliver udsat for vanrøgt eller overgreb. Den trivselsansvarlige hjælper med underretningen.',
    en: '**Every concern at once.** I report every concern about a child at once, even when I am unsure. I know that in Denmark anyone, volunteers included, can report to the municipality (an *underretning*), and must do so if they learn that a child is being neglected or abused. The safeguarding lead helps with the report.',
  },
];

function numbered(items: Text[], lang: keyof Text, start = 1): string {
  return items.map((item, i) => `${start + i}. ${item[lang]}`).join('\n');
}

export const codeOfConductGeneral: CodeOfConduct = {
  kind: 'code_of_conduct',
  id: 'code-of-conduct',
  title: {
    da: 'Adfærdskodeks for mentorer',
    en: 'Code of conduct for mentors',
  },
  minutes: 5,
  body: {
    da: `Som mentor får du en andens tillid. Det er et privilegium og et ansvar. Adfærdskodekset samler det, du har lært i træningen, i ti løfter. Læs dem igennem, og skriv under, når du er klar til at holde dem.

## Som mentor lover jeg

${numbered(generalCommitments, 'da')}

Jeg ved, at brud på adfærdskodekset kan betyde, at jeg ikke længere kan være mentor i programmet. Er jeg i tvivl om, hvad et løfte betyder i praksis, spørger jeg koordinatoren.`,
    en: `As a mentor, you are trusted by another person. That is a privilege and a responsibility. This code of conduct brings together what you have learned in training as ten commitments. Read them through, and sign when you are ready to keep them.

## As a mentor, I commit to the following

${numbered(generalCommitments, 'en')}

I understand that breaking this code of conduct may mean I can no longer mentor in the program. If I am unsure what a commitment means in practice, I ask the coordinator.`,
  },
};

export const codeOfConductChildren: CodeOfConduct = {
  kind: 'code_of_conduct',
  id: 'code-of-conduct-children',
  title: {
    da: 'Adfærdskodeks for mentorer i programmer med børn',
    en: 'Code of conduct for mentors in programs with children',
  },
  minutes: 8,
  body: {
    da: `Som mentor for et barn får du både barnets og familiens tillid. Det er et privilegium og et stort ansvar. Adfærdskodekset samler det, du har lært i træningen: ti løfter, der gælder for alle mentorer, og seks ekstra løfter, der gælder, når din mentee er et barn. Læs dem igennem, og skriv under, når du er klar til at holde dem.

## Som mentor lover jeg

${numbered(generalCommitments, 'da')}

## Når min mentee er et barn, lover jeg også

${numbered(childrenCommitments, 'da', generalCommitments.length + 1)}

Jeg ved, at brud på adfærdskodekset kan betyde, at jeg ikke længere kan være mentor i programmet. Er jeg i tvivl om, hvad et løfte betyder i praksis, spørger jeg koordinatoren.`,
    en: `As a mentor for a child, you are trusted by both the child and the family. That is a privilege and a great responsibility. This code of conduct brings together what you have learned in training: ten commitments that apply to all mentors, and six more that apply when your mentee is a child. Read them through, and sign when you are ready to keep them.

## As a mentor, I commit to the following

${numbered(generalCommitments, 'en')}

## When my mentee is a child, I also commit to the following

${numbered(childrenCommitments, 'en', generalCommitments.length + 1)}

I understand that breaking this code of conduct may mean I can no longer mentor in the program. If I am unsure what a commitment means in practice, I ask the coordinator.`,
  },
};
