import type { CurriculumModule } from './types';

/** Hosting a job shadow day and helping a former student afterwards (career programs). */
export const careerShadowing: CurriculumModule = {
  id: 'career-shadowing',
  title: {
    da: 'Når en elev følger dig på arbejde',
    en: 'Hosting a job shadow',
  },
  summary: {
    da: 'Du kan planlægge og gennemføre et par dage, hvor en elev følger dig på arbejde, og du ved, hvordan du hjælper eleven bagefter – også når programmet er slut.',
    en: 'You can plan and host a few days in which a student shadows you at work, and you know how to help the student afterwards – also once the program has ended.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'career-shadowing-host',
      title: {
        da: 'Før, under og efter jobskygningen',
        en: 'Before, during and after the shadow days',
      },
      minutes: 4,
      body: {
        da: `## Hvad er jobskygning?

I et karriereprogram følger en elev fra en ungdomsuddannelse dig på arbejde i et par dage. Eleven skal se, hvordan dit job ser ud i virkeligheden, og møde folk i branchen. Du skal ikke holde kursus – du skal vise dit arbejde frem og være åben om din vej.

## Før: planlæg dagene

**Aftal datoerne med alle tre parter.** Eleven skal have fri fra skolen, og det aftaler eleven med skolen, typisk med studievejlederen. Din leder skal sige god for besøget, og receptionen skal vide, at der kommer en gæst, så adgangskort og lignende er klar.

**Sikkerhed.** Gennemgå arbejdspladsens sikkerhedsregler med eleven den første morgen: værnemidler, områder, eleven ikke må gå ind i, og hvad man gør, hvis brandalarmen går. Unge under 18 må ikke udføre farligt arbejde eller betjene bestemte maskiner. Eleven er der for at se og spørge, ikke for at arbejde.

**Fortrolighed.** Eleven kommer til at se og høre ting, der ikke må komme videre: kundeoplysninger, interne tal og kollegers forhold. Forklar det tydeligt og i øjenhøjde. Nogle arbejdspladser beder gæster skrive under på en fortrolighedserklæring. Der tages ingen billeder uden lov.

**Lav et program**, og send det til eleven i god tid: mødetid og sted, hvem der tager imod, påklædning, frokost, og hvornår dagen slutter. Bland dine egne opgaver, møder, korte samtaler med kolleger og gerne en lille opgave, eleven selv kan prøve kræfter med.

## Under: vis det rigtige arbejde

- **Vis hverdagen**, også de mindre spændende dele. Det er dem, der fortæller, om jobbet passer.
- **Tag eleven med til møder**, hvor det er muligt. Spørg deltagerne først.
- **Fortæl om din vej**: uddannelse, omveje, fejlvalg, og hvad du ville ønske, du havde vidst som 17-årig.
- **Præsenter kolleger med andre roller.** Et kvarters snak med tre forskellige mennesker giver et bredere billede end en hel dag med dig alene.
- **Lad ikke eleven sidde alene** i timevis med en brochure. Hav altid en plan for, hvad eleven skal lave, når du er optaget.
- **Slut hver dag af** med et par spørgsmål: Hvad overraskede dig? Hvad vil du gerne se i morgen?

## Efter: feedback og netværk

Tag en afsluttende samtale. Hvad har eleven fået ud af dagene, og hvad vil eleven undersøge nærmere? Giv konkret og venlig feedback på, hvordan eleven greb dagene an – fx at eleven kom til tiden, var nysgerrig og stillede gode spørgsmål. Spørg også, hvad du kunne have gjort bedre.

Hjælp eleven med at skrive ned, hvem han eller hun har mødt, og hvad de arbejder med. Kolleger, der har lyst, kan give eleven deres arbejdsmail. Det er begyndelsen på et netværk. Registrér dagene på platformen, så koordinatoren kan følge med.

## Efter programmet: når eleven kontakter dig

Har I begge sagt ja til det ved afslutningen, kan eleven stadig kontakte dig via platformen – for eksempel når eleven søger job, læreplads eller studiejob. Du kan:

- læse en ansøgning eller et CV igennem,
- fortælle om brancher og stillinger, du kender,
- øve en jobsamtale,
- give en reference, hvis du har et godt grundlag for det.

Kontakten foregår via platformen og inden for det, I aftalte. Du må gerne sige nej til en opgave eller lukke for kontakten. Lov aldrig et job, og gå ikke uden om din arbejdsplads' måde at ansætte på.`,
        en: `## What is job shadowing?

In a career program, a student from upper secondary education follows you at work for a few days. The student gets to see what your job is really like and to meet people in the field. You are not running a course – you are showing your work and being open about how you got there.

## Before: plan the days

**Agree the dates with all three parties.** The student needs time off school, which the student arranges with the school, usually with the student counsellor. Your manager has to approve the visit, and reception needs to know a guest is coming so that a pass and the like are ready.

**Safety.** Go through the workplace's safety rules with the student on the first morning: protective equipment, areas the student may not enter, and what to do if the fire alarm goes off. Young people under 18 may not do hazardous work or operate certain machines. The student is there to watch and ask, not to work.

**Confidentiality.** The student will see and hear things that must not go any further: customer information, internal figures and colleagues' personal matters. Explain this clearly and at their level. Some workplaces ask guests to sign a confidentiality agreement. No photos without permission.

**Make a plan**, and send it to the student in good time: when and where to arrive, who will meet them, what to wear, lunch, and when the day ends. Mix your own tasks, meetings, short conversations with colleagues, and ideally a small task the student can try for themselves.

## During: show real work

- **Show the everyday**, including the less exciting parts. They are what tells the student whether the job fits.
- **Bring the student to meetings** where possible. Ask the other participants first.
- **Talk about your path**: your education, detours, wrong turns, and what you wish you had known at 17.
- **Introduce colleagues in other roles.** Fifteen minutes with three different people gives a broader picture than a whole day with you alone.
- **Don't leave the student sitting alone** for hours with a brochure. Always have a plan for what the student does while you are busy.
- **End each day** with a couple of questions: What surprised you? What would you like to see tomorrow?

## After: feedback and network

Have a closing conversation. What did the student get out of the days, and what would they like to explore further? Give concrete, kind feedback on how the student approached the days, such as turning up on time, curiosity and good questions. Ask what you could have done better, too.

Help the student write down who they met and what those people do. Colleagues who are willing can give the student their work email. That is the start of a network. Log the days on the platform so the coordinator can follow along.

## After the program: when the student gets in touch

If you both agreed to it at closure, the student can still contact you through the platform – for example when looking for a job, an apprenticeship or a student job. You can:

- read through an application or a CV,
- tell them about fields and roles you know,
- practise a job interview,
- give a reference, if you have good grounds for one.

Contact happens through the platform and within what you agreed. You are free to say no to a request or to close the contact. Never promise a job, and don't go around your workplace's hiring process.`,
      },
    },
    {
      kind: 'quiz',
      id: 'career-shadowing-quiz',
      title: {
        da: 'Quiz: Jobskygning',
        en: 'Quiz: Job shadowing',
      },
      minutes: 8,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'career-shadowing-quiz-before',
          prompt: {
            da: 'Hvad skal være på plads, før eleven møder op første dag? Vælg alle rigtige svar.',
            en: 'What must be in place before the student arrives on the first day? Choose all correct answers.',
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'Datoerne er aftalt med eleven, skolen og din arbejdsplads.',
                en: 'The dates are agreed with the student, the school and your workplace.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Eleven skal have fri fra skolen, og din leder og receptionen skal vide, at eleven kommer.',
                en: 'Right. The student needs time off school, and your manager and reception need to know the student is coming.',
              },
            },
            {
              text: {
                da: 'Du har en plan for dagene og ved, hvilke sikkerheds- og fortrolighedsregler du skal gennemgå.',
                en: 'You have a plan for the days and know which safety and confidentiality rules you will go through.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. En plan gør dagene meningsfulde, og reglerne beskytter både eleven, dine kolleger og kunderne.',
                en: 'Right. A plan makes the days worthwhile, and the rules protect the student, your colleagues and your customers.',
              },
            },
            {
              text: {
                da: 'Du har fået elevens karakterer, så du ved, hvad eleven kan.',
                en: "You have received the student's marks so you know what they can do.",
              },
              correct: false,
              explanation: {
                da: 'Karakterer er ikke nødvendige for en jobskygning, og du skal ikke bede om flere oplysninger end nødvendigt.',
                en: "Marks aren't needed for job shadowing, and you shouldn't ask for more information than necessary.",
              },
            },
            {
              text: {
                da: 'Du har aftalt at hente eleven derhjemme om morgenen.',
                en: 'You have arranged to pick the student up from home in the morning.',
              },
              correct: false,
              explanation: {
                da: 'Eleven kommer selv til arbejdspladsen. At hente eleven privat ligger uden for rollen.',
                en: 'The student gets to the workplace on their own. Picking them up privately is outside the role.',
              },
            },
          ],
        },
        {
          id: 'career-shadowing-quiz-photo',
          prompt: {
            da: 'Eleven vil tage et billede af tavlen i mødelokalet, hvor der står kundenavne og tal, og lægge det på Instagram. Hvad gør du?',
            en: 'The student wants to take a photo of the meeting-room whiteboard, which shows customer names and figures, and post it on Instagram. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger, at det er i orden, hvis firmaets navn ikke står i opslaget.',
                en: "Say it's fine as long as the company's name isn't in the post.",
              },
              correct: false,
              explanation: {
                da: 'Kundenavnene og tallene er stadig fortrolige. Det er dem, der ikke må komme ud.',
                en: 'The customer names and figures are still confidential. They are exactly what must not get out.',
              },
            },
            {
              text: {
                da: 'Siger nej og forklarer, hvorfor oplysningerne er fortrolige. Foreslår et billede af noget andet, som I har lov til at vise.',
                en: "Say no and explain why the information is confidential. Suggest a photo of something else you're allowed to show.",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du beskytter kunderne og lærer samtidig eleven noget om, hvordan man opfører sig på en arbejdsplads.',
                en: 'Right. You protect the customers and at the same time teach the student something about how to behave at work.',
              },
            },
            {
              text: {
                da: 'Lader eleven tage billedet, men beder om at få det slettet bagefter.',
                en: 'Let the student take the photo but ask them to delete it afterwards.',
              },
              correct: false,
              explanation: {
                da: 'Så ligger oplysningerne stadig på en privat telefon, og du kan ikke vide, om billedet bliver slettet.',
                en: "The information still ends up on a private phone, and you can't know whether it gets deleted.",
              },
            },
          ],
        },
        {
          id: 'career-shadowing-quiz-day',
          prompt: {
            da: 'Hvilken plan giver eleven det bedste udbytte af en dag?',
            en: 'Which plan gives the student the most out of a day?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Eleven sidder i et mødelokale med firmaets materialer, så du kan arbejde i fred.',
                en: 'The student sits in a meeting room with company materials so you can work undisturbed.',
              },
              correct: false,
              explanation: {
                da: 'Så ser eleven ikke det rigtige arbejde. Brochurer kan man læse hjemmefra.',
                en: "Then the student doesn't see real work. Brochures can be read at home.",
              },
            },
            {
              text: {
                da: 'Eleven følger dig, er med til et møde, taler med to kolleger i andre roller og hører om din vej.',
                en: 'The student follows you, joins a meeting, talks to two colleagues in other roles and hears about your path.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Eleven ser virkeligt arbejde, får flere perspektiver og begynder at få et netværk.',
                en: 'Right. The student sees real work, gets several perspectives and starts to build a network.',
              },
            },
            {
              text: {
                da: 'Eleven kopierer og sorterer post hele dagen, så han eller hun føler sig nyttig.',
                en: 'The student photocopies and sorts post all day so they feel useful.',
              },
              correct: false,
              explanation: {
                da: 'En lille opgave er fint, men jobskygning handler om at se dit job – ikke om at lave småopgaver.',
                en: 'A small task is fine, but job shadowing is about seeing your job – not doing odd jobs.',
              },
            },
          ],
        },
        {
          id: 'career-shadowing-quiz-machine',
          prompt: {
            da: 'På lageret spørger eleven på 16, om han må prøve at køre gaffeltrucken. Hvad svarer du?',
            en: 'In the warehouse, the 16-year-old student asks if he can try driving the forklift. What do you say?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Ja, hvis du sidder ved siden af og holder øje.',
                en: 'Yes, as long as you sit next to him and keep an eye on things.',
              },
              correct: false,
              explanation: {
                da: 'Det kræver uddannelse at køre gaffeltruck, og unge under 18 må ikke betjene den slags maskiner. Opsyn ændrer ikke på det.',
                en: "Driving a forklift requires training, and under-18s may not operate that kind of machine. Supervision doesn't change that.",
              },
            },
            {
              text: {
                da: 'Nej, og du forklarer hvorfor. Han kan se med fra et sikkert sted og tale med føreren bagefter.',
                en: 'No, and you explain why. He can watch from a safe spot and talk to the driver afterwards.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Eleven er der for at se og spørge, ikke for at arbejde, og sikkerhedsreglerne gælder også for gæster.',
                en: 'Right. The student is there to watch and ask, not to work, and the safety rules apply to guests too.',
              },
            },
            {
              text: {
                da: 'Ja, men kun i et hjørne af lageret, hvor der ikke er andre.',
                en: 'Yes, but only in a corner of the warehouse where nobody else is around.',
              },
              correct: false,
              explanation: {
                da: 'Risikoen handler også om eleven selv. Reglerne om unge og maskiner gælder, uanset hvor på lageret det foregår.',
                en: 'The risk is also to the student himself. The rules on young people and machines apply wherever it happens.',
              },
            },
          ],
        },
        {
          id: 'career-shadowing-quiz-after',
          prompt: {
            da: 'Et år efter programmet skriver din tidligere elev via platformen og beder dig læse en ansøgning til en læreplads. I aftalte ved afslutningen, at eleven gerne måtte kontakte dig. Hvad gør du?',
            en: 'A year after the program, your former student writes through the platform asking you to read an application for an apprenticeship. At closure you agreed the student could contact you. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Læser ansøgningen og giver feedback via platformen – eller siger venligt nej, hvis du ikke har tid.',
                en: "Read the application and give feedback through the platform – or kindly say no if you don't have time.",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Det er præcis den slags hjælp, kontakten efter programmet er til, og du må gerne sige nej.',
                en: "Right. This is exactly the kind of help contact after the program is for, and you're free to say no.",
              },
            },
            {
              text: {
                da: 'Giver eleven dit private nummer, så I kan klare det hurtigere over telefonen.',
                en: 'Give the student your private number so you can sort it out faster by phone.',
              },
              correct: false,
              explanation: {
                da: 'Kontakten efter programmet foregår via platformen. Det giver tryghed for begge og gør det muligt at lukke kontakten igen.',
                en: 'Contact after the program happens through the platform. That keeps both of you safe and makes it possible to close the contact again.',
              },
            },
            {
              text: {
                da: 'Lover at sørge for, at eleven får en læreplads hos dig.',
                en: 'Promise to make sure the student gets an apprenticeship with your company.',
              },
              correct: false,
              explanation: {
                da: 'Det kan du ikke love, og det ville gå uden om din arbejdsplads’ ansættelsesproces. Du kan hjælpe eleven med at søge – ikke ansætte.',
                en: "You can't promise that, and it would go around your workplace's hiring process. You can help the student apply – not hire them.",
              },
            },
          ],
        },
      ],
    },
  ],
};
