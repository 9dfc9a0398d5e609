import { careerShadowing } from './career-shadowing';
import { codeOfConductChildren, codeOfConductGeneral } from './code-of-conduct';
import { coreBoundaries } from './core-boundaries';
import { coreChallenging } from './core-challenging';
import { coreInteracting } from './core-interacting';
import { leisureSafety } from './leisure-safety';
import { programRules } from './program-rules';
import { reflectionBoundaries, reflectionFirstMeeting } from './reflections';
import { relationshipEndings } from './relationship-endings';
import { safeguardingChildren } from './safeguarding-children';
import { schoolSupport } from './school-support';
import type { CurriculumModule } from './types';
import { workplaceMentoring } from './workplace-mentoring';

export type CurriculumType = 'school' | 'leisure' | 'career' | 'workplace' | 'custom';

/** The short introduction a career mentor reads before the shadow-day module. */
export const careerEssentials: CurriculumModule = {
  id: 'career-essentials',
  title: {
    da: 'Det vigtigste for karrierementorer',
    en: 'Essentials for career mentors',
  },
  summary: {
    da: 'Du ved, hvad din rolle er over for en elev på 15–19 år, hvilke grænser der gælder, og hvordan du passer på eleven på din arbejdsplads.',
    en: 'You know your role with a student aged 15–19, which boundaries apply, and how to keep the student safe at your workplace.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'career-essentials-role',
      title: {
        da: 'Din rolle, dine grænser og elevens sikkerhed',
        en: 'Your role, your boundaries and the student’s safety',
      },
      minutes: 4,
      body: {
        da: `## Din rolle: en guide til arbejdslivet

Som karrierementor åbner du døren til din arbejdsplads for en ung, der er ved at finde ud af, hvad han eller hun vil. Du er hverken lærer, forælder eller rekrutterer. Du er en erfaren voksen, der fortæller ærligt om sit fag, viser det frem og stiller gode spørgsmål.

Det er eleven, der vælger sin vej. Du kan fortælle om dine egne valg og fejlvalg, men lad være med at presse eleven i en bestemt retning. Forløbet er kort – et par dage på arbejdspladsen og måske et par samtaler – og koordinatoren er der, hvis du bliver i tvivl.

## Grænser over for en elev på 15–19 år

Selvom eleven måske er næsten voksen, er det dig, der har erfaringen, netværket og magten i relationen. Derfor er det også dig, der holder grænserne.

- **Kontakt via platformen.** Skriv ikke sammen på sociale medier, og giv ikke dit private nummer.
- **Mødes på arbejdspladsen i arbejdstiden** eller på et offentligt sted – aldrig privat hjemme hos nogen af jer.
- **Ingen alkohol.** Eleven deltager ikke i fredagsbar, firmafest eller andet, hvor der serveres alkohol.
- **Ingen gaver, penge eller lån**, heller ikke små beløb.
- **Ingen flirt eller romantik** – heller ikke hvis eleven er fyldt 18. Relationen er skæv, så længe du er mentor.
- **Ingen billeder af eleven** på dine sociale medier eller arbejdspladsens kanaler uden elevens samtykke – og forældrenes, hvis eleven er under 15.

Fortæller eleven om noget personligt, der fylder, så lyt – men du er ikke behandler. Henvis til studievejlederen eller koordinatoren. Er eleven under 18 og fortæller om vold, overgreb eller omsorgssvigt, kontakter du programmets trivselsansvarlige samme dag, så der kan blive sendt en underretning til kommunen. Ved akut fare ringer du 112.

Alt, du får at vide om eleven, bruger du kun til forløbet. Det er personoplysninger, og GDPR gælder.

## Sikkerhed på arbejdspladsen

Din arbejdsplads har ansvaret for sikkerheden for alle, der er der – også gæster. For unge under 18 er der skrappere regler: De må fx ikke betjene visse maskiner eller arbejde med bestemte farlige stoffer.

- **Giv en sikkerhedsintroduktion** den første morgen: nødudgange, brandalarm, førstehjælpskasse, og hvilke værnemidler eleven skal bruge.
- **Vid altid, hvor eleven er.** Eleven skal ikke gå alene rundt i områder med maskiner, trafik eller kemikalier.
- **Hold dagene rimelige:** almindelig arbejdstid, pauser og frokost.
- **Sker der et uheld**, så ring 112, hvis det er alvorligt. Giv forældrene besked, hvis eleven er under 18, og fortæl altid koordinatoren, hvad der er sket.

## Programmet omkring dig

Du står ikke alene. Koordinatoren følger op med dig undervejs, og du registrerer dagene og jeres samtaler på platformen. Er du i tvivl om noget, kan du fra enhver side på platformen sende et spørgsmål til programmets koordinatorer. Når forløbet slutter, aftaler I sammen med koordinatoren, om eleven må kontakte dig bagefter – det handler det næste modul også om.`,
        en: `## Your role: a guide to working life

As a career mentor you open the door to your workplace for a young person who is working out what they want to do. You are not a teacher, a parent or a recruiter. You are an experienced adult who talks honestly about your field, shows it and asks good questions.

The student chooses their own path. You can share your own choices and wrong turns, but don't push the student in a particular direction. The program is short – a few days at your workplace and perhaps a few conversations – and the coordinator is there if you are unsure.

## Boundaries with a student aged 15–19

Even if the student is almost an adult, you are the one with the experience, the network and the power in the relationship. That is why it is you who holds the boundaries.

- **Contact through the platform.** Don't message on social media, and don't give out your private number.
- **Meet at your workplace during working hours** or somewhere public – never privately at either of your homes.
- **No alcohol.** The student doesn't join Friday drinks, company parties or anything else where alcohol is served.
- **No gifts, money or loans**, not even small amounts.
- **No flirting or romance** – not even if the student has turned 18. The relationship is unequal for as long as you are the mentor.
- **No photos of the student** on your social media or your workplace's channels without the student's consent – and the parents', if the student is under 15.

If the student tells you about something personal that is weighing on them, listen – but you are not a counsellor. Point them to the student counsellor at school or the coordinator. If the student is under 18 and tells you about violence, abuse or neglect, contact the program's safeguarding lead the same day so that a notification (*underretning*) can be sent to the municipality. In immediate danger, call 112.

Anything you learn about the student is used for the program only. It is personal data, and GDPR applies.

## Safety at the workplace

Your workplace is responsible for the safety of everyone on site – guests included. Stricter rules apply to young people under 18: for example, they may not operate certain machines or work with certain hazardous substances.

- **Give a safety introduction** on the first morning: emergency exits, the fire alarm, the first-aid kit, and which protective equipment the student must wear.
- **Always know where the student is.** The student shouldn't walk around alone in areas with machinery, vehicles or chemicals.
- **Keep the days reasonable:** normal working hours, breaks and lunch.
- **If there is an accident**, call 112 if it is serious. Let the parents know if the student is under 18, and always tell the coordinator what happened.

## The program around you

You are not on your own. The coordinator checks in with you along the way, and you log the days and your conversations on the platform. If you are unsure about anything, you can send a question to the program's coordinators from any page on the platform. When the program ends, you agree with the coordinator whether the student may contact you afterwards – the next module covers that too.`,
      },
    },
    {
      kind: 'quiz',
      id: 'career-essentials-quiz',
      title: {
        da: 'Quiz: Grænser og sikkerhed',
        en: 'Quiz: Boundaries and safety',
      },
      minutes: 9,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'career-essentials-quiz-social-media',
          prompt: {
            da: 'Efter den første dag spørger eleven på 17, om I skal følge hinanden på Instagram. Hvad gør du?',
            en: 'After the first day, the 17-year-old student asks if you should follow each other on Instagram. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger venligt nej og forklarer, at I skriver sammen via platformen, så længe du er mentor.',
                en: 'Kindly say no and explain that you message through the platform for as long as you are the mentor.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Eleven har ikke gjort noget forkert. Du holder rammen venligt, og kontakten forbliver der, hvor den er tryg for jer begge.',
                en: 'Right. The student has done nothing wrong. You hold the boundary kindly, and contact stays where it is safe for both of you.',
              },
            },
            {
              text: {
                da: 'Siger ja – eleven er næsten voksen, og det er godt for netværket.',
                en: "Say yes – the student is almost an adult, and it's good for their network.",
              },
              correct: false,
              explanation: {
                da: 'Netværk bygges via arbejdspladsen og platformen. Private sociale medier blander dit privatliv ind i relationen og kan ikke ses af programmet.',
                en: "Networks are built through the workplace and the platform. Private social media mixes your private life into the relationship, and the program can't see it.",
              },
            },
            {
              text: {
                da: 'Siger ja, men gør din profil privat for eleven.',
                en: 'Say yes, but hide your private posts from the student.',
              },
              correct: false,
              explanation: {
                da: 'Det er stadig en privat kanal uden for programmet. Reglen handler om kanalen, ikke om hvad du deler.',
                en: "It's still a private channel outside the program. The rule is about the channel, not about what you share.",
              },
            },
          ],
        },
        {
          id: 'career-essentials-quiz-friday-bar',
          prompt: {
            da: 'Det er fredag, og dine kolleger inviterer eleven på 16 med i fredagsbaren kl. 15. Hvad gør du?',
            en: 'It is Friday, and your colleagues invite the 16-year-old student to the Friday bar at 3 pm. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger ja – eleven må jo gerne købe øl som 16-årig.',
                en: 'Say yes – at 16 the student is allowed to buy beer anyway.',
              },
              correct: false,
              explanation: {
                da: 'Loven om køb af alkohol ændrer ikke på programmets regel: Eleven deltager ikke, hvor der serveres alkohol. Du har ansvaret, mens eleven er hos dig.',
                en: "The law on buying alcohol doesn't change the program's rule: the student doesn't join events where alcohol is served. You are responsible while the student is with you.",
              },
            },
            {
              text: {
                da: 'Siger ja, hvis eleven kun drikker sodavand.',
                en: 'Say yes, as long as the student only drinks soft drinks.',
              },
              correct: false,
              explanation: {
                da: 'Det er selve arrangementet med alkohol, eleven ikke skal deltage i – uanset hvad eleven drikker.',
                en: "It's the event with alcohol itself the student shouldn't join – whatever the student drinks.",
              },
            },
            {
              text: {
                da: 'Takker for invitationen på elevens vegne og runder dagen af, så eleven går hjem, før fredagsbaren starter.',
                en: 'Thank them on the student’s behalf and wrap up the day so the student leaves before the Friday bar starts.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du holder reglen uden at gøre et stort nummer ud af det, og eleven får en god afslutning på dagen.',
                en: 'Right. You keep the rule without making a big deal of it, and the student gets a good end to the day.',
              },
            },
          ],
        },
        {
          id: 'career-essentials-quiz-dinner',
          prompt: {
            da: 'Eleven på 19 spørger på sidste dag, om I ikke skal gå ud og spise sammen en aften – bare jer to. Hvad gør du?',
            en: 'On the last day, the 19-year-old student asks if the two of you could go out for dinner one evening. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger ja – eleven er voksen, og det er jeres egen sag.',
                en: "Say yes – the student is an adult, and it's your own business.",
              },
              correct: false,
              explanation: {
                da: 'Alderen ændrer ikke på, at du er mentor. Relationen er skæv, og en privat aftale uden for programmet hører ikke til.',
                en: "Age doesn't change the fact that you are the mentor. The relationship is unequal, and a private date outside the program doesn't belong in it.",
              },
            },
            {
              text: {
                da: 'Siger venligt og tydeligt nej, holder relationen professionel og fortæller koordinatoren om det.',
                en: 'Say no kindly and clearly, keep the relationship professional, and tell the coordinator.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Et klart nej beskytter både eleven og dig, og koordinatoren kan hjælpe, hvis det bliver akavet.',
                en: 'Right. A clear no protects both the student and you, and the coordinator can help if it becomes awkward.',
              },
            },
            {
              text: {
                da: 'Siger, at det må vente, til programmet er slut.',
                en: 'Say it will have to wait until the program has ended.',
              },
              correct: false,
              explanation: {
                da: 'Så holder du døren åben for noget, der ikke hører til. Kontakten efter programmet handler om hjælp til job – og foregår via platformen.',
                en: 'That keeps the door open to something that doesn’t belong. Contact after the program is about help finding work – through the platform.',
              },
            },
          ],
        },
        {
          id: 'career-essentials-quiz-disclosure',
          prompt: {
            da: 'Til frokost fortæller eleven på 16, at hendes far slår hendes mor – og nogle gange også hende. Hun beder dig om ikke at sige det til nogen. Hvad gør du?',
            en: 'At lunch, the 16-year-old student tells you that her father hits her mother – and sometimes her too. She asks you not to tell anyone. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Lover at holde det hemmeligt – hun er næsten voksen og må selv bestemme.',
                en: "Promise to keep it secret – she's almost an adult and can decide for herself.",
              },
              correct: false,
              explanation: {
                da: 'Hun er under 18 og dermed et barn i lovens forstand. Vold i hjemmet skal videre, så kommunen kan hjælpe.',
                en: 'She is under 18 and so a child in law. Violence at home must be passed on so the municipality can help.',
              },
            },
            {
              text: {
                da: 'Lytter, siger at det var rigtigt at fortælle det, og forklarer ærligt, at du må give det videre. Du skriver hendes ord ned og kontakter den trivselsansvarlige samme dag.',
                en: 'Listen, tell her she was right to tell you, and explain honestly that you have to pass it on. You write down her words and contact the safeguarding lead the same day.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Den trivselsansvarlige hjælper med underretningen til kommunen. Er hun i akut fare, ringer du 112.',
                en: 'Right. The safeguarding lead helps with the notification to the municipality. If she is in immediate danger, call 112.',
              },
            },
            {
              text: {
                da: 'Råder hende til at flytte hjemmefra og tilbyder at hjælpe med at finde et værelse.',
                en: 'Advise her to move out and offer to help her find a room.',
              },
              correct: false,
              explanation: {
                da: 'Det er velment, men det er ikke din opgave at løse hendes situation. Kommunen har redskaberne – din opgave er at give det videre.',
                en: "Well meant, but solving her situation isn't your job. The municipality has the means – your job is to pass it on.",
              },
            },
          ],
        },
        {
          id: 'career-essentials-quiz-safety-shoes',
          prompt: {
            da: 'Eleven møder op i sneakers, men i produktionshallen er der krav om sikkerhedssko. Hvad gør du?',
            en: 'The student turns up in trainers, but safety shoes are required in the production hall. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Tager eleven med ind alligevel og beder ham passe godt på.',
                en: 'Take him in anyway and ask him to be careful.',
              },
              correct: false,
              explanation: {
                da: 'Kravet gælder alle i hallen, også gæster. Forsigtighed beskytter ikke mod en tung genstand, der falder.',
                en: "The requirement applies to everyone in the hall, guests included. Being careful doesn't protect against a heavy object falling.",
              },
            },
            {
              text: {
                da: 'Finder et par lånesko, eller lægger dagen om, så eleven kun er i områder uden krav om sikkerhedssko.',
                en: 'Find a pair of loan shoes, or rearrange the day so the student only goes where safety shoes are not required.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Sikkerhedsreglerne bliver overholdt, og eleven får stadig en god dag. Husk at nævne værnemidler i planen næste gang.',
                en: 'Right. The safety rules are kept, and the student still gets a good day. Remember to mention protective equipment in the plan next time.',
              },
            },
            {
              text: {
                da: 'Sender eleven hjem og aftaler en ny dag.',
                en: 'Send the student home and arrange another day.',
              },
              correct: false,
              explanation: {
                da: 'Det overholder reglerne, men straffer eleven for noget, du kunne have nævnt i planen. Der er som regel en bedre løsning.',
                en: 'It keeps the rules, but punishes the student for something you could have mentioned in the plan. There is usually a better solution.',
              },
            },
          ],
        },
        {
          id: 'career-essentials-quiz-choice',
          prompt: {
            da: 'Eleven spørger: "Skal jeg vælge en videregående uddannelse eller gå i lære? Hvad ville du gøre?" Hvad svarer du?',
            en: 'The student asks: "Should I go to university or do an apprenticeship? What would you do?" What do you answer?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger klart, hvad du synes, eleven skal vælge – det er det, eleven beder om.',
                en: "Say clearly what you think the student should choose – that's what they're asking for.",
              },
              correct: false,
              explanation: {
                da: 'Dit råd kan veje tungt, fordi du er den erfarne. Valget skal være elevens eget.',
                en: "Your advice can carry a lot of weight because you are the experienced one. The choice must be the student's own.",
              },
            },
            {
              text: {
                da: 'Fortæller om dine egne valg som ét eksempel og stiller spørgsmål, der hjælper eleven med at tænke selv – og nævner studievejlederen.',
                en: 'Share your own choices as one example and ask questions that help the student think it through – and mention the student counsellor.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Din erfaring er værdifuld som inspiration, og studievejlederen kan hjælpe med det faktuelle om uddannelserne.',
                en: 'Right. Your experience is valuable as inspiration, and the student counsellor can help with the facts about each route.',
              },
            },
            {
              text: {
                da: 'Siger, at det kan du ikke tale om, og at eleven må spørge på skolen.',
                en: "Say you can't talk about that and that the student must ask at school.",
              },
              correct: false,
              explanation: {
                da: 'Netop den slags spørgsmål er en karrierementor til for. Du skal bare lade være med at træffe valget for eleven.',
                en: "That kind of question is exactly what a career mentor is for. You just shouldn't make the choice for the student.",
              },
            },
          ],
        },
      ],
    },
  ],
};

/** The final module of a curriculum: the code of conduct to sign, and any reflections. */
function commitment(id: string, items: CurriculumModule['items']): CurriculumModule {
  const reflects = items.some((item) => item.kind === 'reflection');
  return {
    id,
    title: { da: 'Din forpligtelse som mentor', en: 'Your commitment as a mentor' },
    summary: reflects
      ? {
          da: 'Du skriver under på adfærdskodekset, reflekterer skriftligt over din rolle som mentor og er klar til at møde din mentee.',
          en: 'You sign the code of conduct, reflect in writing on your role as a mentor, and are ready to meet your mentee.',
        }
      : {
          da: 'Du skriver under på adfærdskodekset og er klar til at møde din mentee.',
          en: 'You sign the code of conduct and are ready to meet your mentee.',
        },
    items,
  };
}

const coreModules = [programRules, coreInteracting, coreChallenging, coreBoundaries];

/** The shipped default curriculum of each program type, in the order a mentor takes it. */
export const defaultCurricula: Record<CurriculumType, CurriculumModule[]> = {
  school: [
    ...coreModules,
    safeguardingChildren,
    schoolSupport,
    relationshipEndings,
    commitment('commitment-children', [codeOfConductChildren, reflectionFirstMeeting]),
  ],
  leisure: [
    ...coreModules,
    safeguardingChildren,
    leisureSafety,
    relationshipEndings,
    commitment('commitment-children', [
      codeOfConductChildren,
      reflectionFirstMeeting,
      reflectionBoundaries,
    ]),
  ],
  career: [careerEssentials, careerShadowing, commitment('commitment', [codeOfConductGeneral])],
  workplace: [
    ...coreModules,
    workplaceMentoring,
    relationshipEndings,
    commitment('commitment', [codeOfConductGeneral]),
  ],
  // The reflections bring custom programs up to the two-hour floor (MENTOR's standard).
  custom: [
    ...coreModules,
    relationshipEndings,
    commitment('commitment', [codeOfConductGeneral, reflectionFirstMeeting, reflectionBoundaries]),
  ],
};

/** The estimated minutes of a curriculum: the sum of its items' minutes. */
export function curriculumMinutes(modules: readonly CurriculumModule[]): number {
  return modules.reduce(
    (sum, module) => sum + module.items.reduce((moduleSum, item) => moduleSum + item.minutes, 0),
    0,
  );
}
