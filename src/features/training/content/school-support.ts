import type { CurriculumModule } from './types';

/** Homework help and study habits for school-support programs. */
export const schoolSupport: CurriculumModule = {
  id: 'school-support',
  title: {
    da: 'Lektiehjælp og skolestøtte',
    en: 'Homework help and school support',
  },
  summary: {
    da: 'Du kan hjælpe et barn med lektierne uden at lave dem for det, bygge gode vaner op og samarbejde med forældre og skole – og du ved, hvornår du skal foreslå, at læreren inddrages.',
    en: 'You can help a child with homework without doing it for them, build good habits and work with parents and school – and you know when to suggest involving the teacher.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'school-support-homework',
      title: {
        da: 'Lektier, vaner og motivation',
        en: 'Homework, habits and motivation',
      },
      minutes: 4,
      body: {
        da: `## Hjælp barnet til at kunne selv

Det er fristende at vise, hvordan opgaven skal løses, eller at skrive svaret, når barnet er træt. Men lektierne er til for, at barnet lærer noget – og for at læreren kan se, hvad barnet kan. Din rolle er at stille de spørgsmål, der får barnet videre.

- **Lad barnet holde blyanten.** Du peger, spørger og lytter. Barnet skriver.
- **Spørg i stedet for at forklare:** "Hvad spørger opgaven egentlig om?", "Hvor har I set noget lignende?", "Hvad kunne du prøve først?"
- **Sidder barnet helt fast**, så regn et lignende eksempel sammen – ikke selve opgaven.
- **Fejl er i orden.** En aflevering med fejl fortæller læreren, hvad der skal øves. En fejlfri aflevering, som du har lavet, skjuler det.

## Gode vaner

Gode vaner betyder mere end det enkelte stykke lektier.

- **Fast tid og sted.** Samme dag og samme sted hver uge gør det nemmere at komme i gang.
- **Korte stræk.** 20 minutters fokus og så en lille pause virker bedre end en time, hvor opmærksomheden siver.
- **Overblik først.** Kig sammen på ugeplanen eller opgaverne i skolens system: Hvad skal laves til hvornår?
- **Mobilen væk** – også din egen.
- **Slut af med noget, der lykkedes**, så barnet går derfra med en god fornemmelse.

## Motivation

Ros indsatsen frem for evnerne. "Du er så klog" siger ikke barnet, hvad det skal gøre næste gang. "Du blev ved, selvom brøkerne drillede, og så prøvede du en ny måde" gør.

Sæt små, konkrete mål sammen med barnet, og læg mærke til fremskridt, også de små. Kobl gerne det faglige til noget, barnet interesserer sig for: fodboldstatistik til procentregning, en bog om Minecraft til læsning. Belønninger i form af penge, slik eller gaver hører ikke til i mentorrollen.

## Samarbejdet med forældre og skole

Forældrene er barnets vigtigste voksne, og du er et supplement. Aftal med dem, hvad du hjælper med, og fortæl kort, hvordan det går.

Vil du gerne tale med barnets lærer, så gå via koordinatoren og forældrene. Læreren har tavshedspligt og må kun dele oplysninger om barnet med forældrenes samtykke. Tal aldrig nedsættende om skolen eller læreren, når barnet hører det.

## Ordblindhed og andre læringsforskelle

Nogle børn kæmper med noget, der ikke handler om vilje. Læg mærke til det, hvis barnet:

- læser meget langsomt og gætter ord ud fra første bogstav,
- staver langt fra, hvordan ordene lyder, eller bytter om på bogstaver,
- undgår at læse højt eller bliver meget træt af tekst,
- forklarer godt mundtligt, men ikke kan få det ned på papir,
- har meget svært ved tal, også enkle hverdagsregnestykker.

Du skal ikke stille en diagnose eller bruge ordet "ordblind" over for barnet eller forældrene. Fortæl koordinatoren, hvad du har set, og foreslå, at forældrene taler med læreren. Skolen kan teste barnet og give hjælpemidler som oplæsning og ordforslag – og dem kan du så hjælpe barnet med at bruge.

## Hvor mødes I?

Vælg steder, hvor der er andre mennesker: biblioteket, skolen efter skoletid eller en lektiecafé. Mange biblioteker har rolige hjørner og lektiecaféer med frivillige. Aftal stedet med forældrene og koordinatoren, og mødes aldrig hjemme hos dig selv.`,
        en: `## Help the child do it themselves

It is tempting to show how the task is done, or to write the answer when the child is tired. But homework exists so the child learns something – and so the teacher can see what the child can do. Your role is to ask the questions that move the child forward.

- **Let the child hold the pencil.** You point, ask and listen. The child writes.
- **Ask instead of explaining:** "What is the task really asking?", "Where have you seen something like this before?", "What could you try first?"
- **If the child is completely stuck**, work through a similar example together – not the task itself.
- **Mistakes are fine.** Homework with mistakes tells the teacher what needs practice. Perfect homework that you did hides it.

## Good habits

Good habits matter more than any single piece of homework.

- **A fixed time and place.** The same day and the same spot each week makes it easier to get started.
- **Short stretches.** Twenty minutes of focus and then a short break works better than an hour in which attention drifts away.
- **Overview first.** Look together at the weekly plan or the assignments in the school's system: what needs doing by when?
- **Phones away** – yours too.
- **Finish with something that went well**, so the child leaves feeling good.

## Motivation

Praise effort rather than ability. "You're so clever" doesn't tell the child what to do next time. "You kept going even though the fractions were tricky, and then you tried a different way" does.

Set small, concrete goals together and notice progress, even small steps. Link schoolwork to what the child cares about: football statistics for percentages, a book about Minecraft for reading. Rewards such as money, sweets or presents are not part of the mentor's role.

## Working with parents and the school

The parents are the child's most important adults, and you are a supplement. Agree with them what you help with, and tell them briefly how it is going.

If you would like to talk to the child's teacher, go through the coordinator and the parents. Teachers have a duty of confidentiality (*tavshedspligt*) and may only share information about the child with the parents' consent. Never speak badly of the school or the teacher where the child can hear.

## Dyslexia and other learning differences

Some children struggle with something that has nothing to do with effort. Take note if the child:

- reads very slowly and guesses words from the first letter,
- spells far from how words sound, or swaps letters around,
- avoids reading aloud or tires quickly from text,
- explains things well out loud but can't get them down on paper,
- finds numbers very hard, even simple everyday sums.

Don't make a diagnosis or use the word "dyslexic" with the child or the parents. Tell the coordinator what you have noticed and suggest that the parents talk to the teacher. The school can assess the child and provide tools such as text-to-speech and word prediction – and you can then help the child use them.

## Where to meet

Choose places with other people around: the library, the school after hours, or a homework café (*lektiecafé*). Many libraries have quiet corners and homework cafés run by volunteers. Agree the place with the parents and the coordinator, and never meet at your own home.`,
      },
    },
    {
      kind: 'quiz',
      id: 'school-support-quiz',
      title: {
        da: 'Quiz: Lektiehjælp i praksis',
        en: 'Quiz: Homework help in practice',
      },
      minutes: 9,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'school-support-quiz-write-answer',
          prompt: {
            da: 'Emil på 10 er træt og beder dig om "bare at skrive svaret" på den sidste matematikopgave. Hvad gør du?',
            en: 'Emil, 10, is tired and asks you to "just write the answer" to the last maths problem. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Skriver svaret – det er kun denne ene gang, og han har arbejdet godt.',
                en: "Write the answer – it's just this once, and he has worked hard.",
              },
              correct: false,
              explanation: {
                da: 'Så lærer Emil, at du løser opgaverne, når det bliver svært, og læreren kan ikke se, hvad han mangler.',
                en: "Then Emil learns that you solve the problems when it gets hard, and the teacher can't see what he is missing.",
              },
            },
            {
              text: {
                da: 'Foreslår en kort pause og stiller så et spørgsmål, der hjælper ham med det første skridt.',
                en: 'Suggest a short break, then ask a question that helps him take the first step.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du tager trætheden alvorligt og hjælper ham videre, mens det stadig er Emil, der løser opgaven.',
                en: 'Right. You take his tiredness seriously and help him on, while Emil is still the one solving it.',
              },
            },
            {
              text: {
                da: 'Siger, at han må klare den selv, og tjekker din mobil, mens han regner.',
                en: 'Tell him he has to manage on his own and check your phone while he works.',
              },
              correct: false,
              explanation: {
                da: 'At han selv skal løse den er rigtigt, men du er der for at støtte. Et barn, der sidder fast, har brug for dine spørgsmål – og din opmærksomhed.',
                en: 'Him solving it is right, but you are there to support. A stuck child needs your questions – and your attention.',
              },
            },
          ],
        },
        {
          id: 'school-support-quiz-habits',
          prompt: {
            da: 'Hvilke vaner er gode at hjælpe et barn med at bygge op? Vælg alle rigtige svar.',
            en: 'Which habits are good to help a child build? Choose all correct answers.',
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'Samme tid og sted til lektier hver uge.',
                en: 'The same time and place for homework every week.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. En fast ramme gør det lettere at komme i gang uden diskussion.',
                en: 'Right. A fixed routine makes it easier to get started without a discussion.',
              },
            },
            {
              text: {
                da: 'Korte stræk med fokus og små pauser ind imellem.',
                en: 'Short, focused stretches with small breaks in between.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Børn kan holde koncentrationen bedre i korte perioder.',
                en: 'Right. Children hold their concentration better in short periods.',
              },
            },
            {
              text: {
                da: 'At tage alle ugens lektier i ét stræk søndag aften.',
                en: 'Doing all the week’s homework in one go on Sunday evening.',
              },
              correct: false,
              explanation: {
                da: 'Lange stræk sent på ugen giver træthed og stress. Det er bedre at fordele lektierne.',
                en: 'Long sessions late in the week lead to tiredness and stress. Spreading homework out works better.',
              },
            },
            {
              text: {
                da: 'Mobilen på bordet, så barnet kan høre musik og svare på beskeder.',
                en: 'The phone on the table so the child can listen to music and answer messages.',
              },
              correct: false,
              explanation: {
                da: 'Beskeder og notifikationer afbryder koncentrationen hele tiden. Læg mobilen væk under lektierne.',
                en: 'Messages and notifications constantly break concentration. Put the phone away during homework.',
              },
            },
          ],
        },
        {
          id: 'school-support-quiz-praise',
          prompt: {
            da: 'Hvilken ros støtter bedst et barns motivation?',
            en: "Which praise best supports a child's motivation?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: '"Du er virkelig klog!"',
                en: '"You\'re really clever!"',
              },
              correct: false,
              explanation: {
                da: 'Det er venligt ment, men roser en egenskab, barnet ikke selv styrer. Går det galt næste gang, kan barnet tro, at det ikke er klogt alligevel.',
                en: "Kindly meant, but it praises a trait the child doesn't control. If it goes wrong next time, the child may think they aren't clever after all.",
              },
            },
            {
              text: {
                da: '"Du blev ved med den svære opgave og prøvede en ny måde – og det virkede."',
                en: '"You kept at that hard problem and tried a new way – and it worked."',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du roser konkret det, barnet gjorde, så det ved, hvad det kan gøre igen.',
                en: 'Right. You praise exactly what the child did, so they know what to do again.',
              },
            },
            {
              text: {
                da: '"Får du alle rigtige, giver jeg en is."',
                en: '"If you get them all right, I\'ll buy you an ice cream."',
              },
              correct: false,
              explanation: {
                da: 'Belønninger flytter fokus fra at lære til at få præmien, og gaver fra mentoren hører ikke til i programmet.',
                en: 'Rewards shift the focus from learning to the prize, and gifts from the mentor are not part of the program.',
              },
            },
          ],
        },
        {
          id: 'school-support-quiz-dyslexia',
          prompt: {
            da: 'Maja på 9 læser meget langsomt, gætter ord ud fra første bogstav og vil helst ikke læse højt. Hvad gør du?',
            en: 'Maja, 9, reads very slowly, guesses words from the first letter and would rather not read aloud. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Fortæller forældrene, at Maja nok er ordblind.',
                en: 'Tell the parents that Maja is probably dyslexic.',
              },
              correct: false,
              explanation: {
                da: 'Du kan ikke stille en diagnose, og ordet kan gøre forældrene urolige uden grund. Det er skolen, der kan teste.',
                en: "You can't make a diagnosis, and the word can worry parents needlessly. The school is the one that can assess.",
              },
            },
            {
              text: {
                da: 'Lader hende læse højt meget mere ved hvert møde, så hun får trænet det.',
                en: 'Have her read aloud much more at every meeting so she gets the practice.',
              },
              correct: false,
              explanation: {
                da: 'Hvis der ligger en læsevanskelighed bag, hjælper mere af det samme sjældent, og det kan gøre hende mere utryg ved at læse.',
                en: 'If there is a reading difficulty behind it, more of the same rarely helps and may make her more anxious about reading.',
              },
            },
            {
              text: {
                da: 'Fortæller koordinatoren, hvad du har set, og foreslår, at forældrene taler med læreren.',
                en: 'Tell the coordinator what you have noticed and suggest that the parents talk to the teacher.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Skolen kan undersøge det og give hjælpemidler, som du derefter kan støtte Maja i at bruge.',
                en: 'Right. The school can look into it and provide tools, which you can then help Maja use.',
              },
            },
            {
              text: {
                da: 'Gør ingenting – mange børn læser langsomt i den alder og vokser fra det.',
                en: 'Do nothing – many children read slowly at that age and grow out of it.',
              },
              correct: false,
              explanation: {
                da: 'Måske, men tidlig hjælp gør en stor forskel, hvis der er en læsevanskelighed. Det koster ikke noget at sige det videre.',
                en: 'Perhaps, but early help makes a big difference if there is a reading difficulty. Passing it on costs nothing.',
              },
            },
          ],
        },
        {
          id: 'school-support-quiz-teacher',
          prompt: {
            da: 'Du vil gerne høre fra Alis lærer, hvordan det går i skolen. Hvad gør du?',
            en: "You would like to hear from Ali's teacher how he is doing at school. What do you do?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Skriver direkte til læreren via skolens hjemmeside og forklarer, at du er Alis mentor.',
                en: "Write directly to the teacher through the school's website and explain that you are Ali's mentor.",
              },
              correct: false,
              explanation: {
                da: 'Læreren har tavshedspligt og må ikke dele oplysninger om Ali uden forældrenes samtykke.',
                en: 'The teacher has a duty of confidentiality and may not share information about Ali without the parents’ consent.',
              },
            },
            {
              text: {
                da: 'Aftaler det først med forældrene og koordinatoren, så kontakten sker med forældrenes samtykke.',
                en: 'Agree it with the parents and the coordinator first, so contact happens with the parents’ consent.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Forældrene bestemmer, hvem der får oplysninger om deres barn, og koordinatoren kender programmets aftaler med skolen.',
                en: "Right. The parents decide who gets information about their child, and the coordinator knows the program's arrangements with the school.",
              },
            },
            {
              text: {
                da: 'Beder Ali om at logge ind i skolens system med sine forældres login og vise dig beskederne.',
                en: "Ask Ali to log in to the school's system with his parents' login and show you the messages.",
              },
              correct: false,
              explanation: {
                da: 'Det er forældrenes personlige login og deres beskeder. Det må du aldrig bede et barn om.',
                en: "That is the parents' personal login and their messages. Never ask a child to do that.",
              },
            },
          ],
        },
        {
          id: 'school-support-quiz-meeting-place',
          prompt: {
            da: 'Barnets mor foreslår, at I mødes hjemme hos dig, fordi der er mere roligt end på biblioteket. Hvad gør du?',
            en: 'The child’s mother suggests you meet at your home because it is quieter than the library. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger ja – moren har jo selv foreslået det.',
                en: 'Say yes – the mother suggested it herself.',
              },
              correct: false,
              explanation: {
                da: 'Programmets regler gælder, også når forældrene giver lov. Hjemme hos dig er I alene, hvor ingen andre kan se jer.',
                en: "The program's rules apply even when the parents agree. At your home you are alone where nobody else can see you.",
              },
            },
            {
              text: {
                da: 'Takker for tilliden og foreslår et roligt sted med andre mennesker, fx et studierum på biblioteket eller lektiecaféen.',
                en: 'Thank her for the trust and suggest a quiet place with other people around, such as a library study room or the homework café.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du tager hendes ønske om ro alvorligt og holder jer samtidig inden for programmets rammer.',
                en: "Right. You take her wish for quiet seriously while keeping within the program's rules.",
              },
            },
            {
              text: {
                da: 'Siger ja, hvis I lader døren stå åben.',
                en: 'Say yes, as long as you keep the door open.',
              },
              correct: false,
              explanation: {
                da: 'En åben dør i dit eget hjem ændrer ikke på, at I er alene. Vælg et sted, hvor andre er til stede.',
                en: 'An open door in your own home does not change the fact that you are alone. Choose a place where others are present.',
              },
            },
          ],
        },
      ],
    },
    {
      kind: 'in_person',
      id: 'school-support-session',
      title: {
        da: 'Introaften for nye lektiementorer',
        en: 'Introductory evening for new homework mentors',
      },
      minutes: 120,
      description: {
        da: `En aften sammen med koordinatoren og de andre nye mentorer. Vi starter med en kort præsentationsrunde og fortæller om programmet, børnene og skolerne, vi samarbejder med.

- **Rollespil:** I øver det første møde med et barn og en forælder – hvordan I hilser, hvad I aftaler, og hvordan du siger nej til noget venligt.
- **Adfærdskodeks:** Vi gennemgår kodekset punkt for punkt og taler om de situationer, hvor det kan være svært at holde.
- **Spørgsmål:** Tid til alt det, du undrer dig over – fra lektiehjælp til bekymringer om et barn.

Medbring gerne dine egne spørgsmål. Der er kaffe og lidt at spise.`,
        en: `An evening with the coordinator and the other new mentors. We start with a short round of introductions and tell you about the program, the children and the schools we work with.

- **Role play:** you practise the first meeting with a child and a parent – how you say hello, what you agree on, and how to say no to something kindly.
- **Code of conduct:** we go through the code point by point and talk about the situations where it can be hard to keep.
- **Questions:** time for anything you are wondering about – from homework help to concerns about a child.

Bring your own questions. Coffee and something to eat are provided.`,
      },
    },
  ],
};
