import type { CurriculumModule } from './types';

/** Program rules and goals, the mentor's role and limits, support, logging and getting help. */
export const programRules: CurriculumModule = {
  id: 'program-rules',
  title: {
    da: 'Programmets regler og din rolle',
    en: 'Program rules and your role',
  },
  summary: {
    da: 'Du kender programmets mål og regler, ved hvad en mentor er og ikke er, og ved, hvor du og din mentee kan få hjælp – og hvordan du bruger check-ins og mødeloggen.',
    en: "You will know the program's goals and rules, what a mentor is and is not, and where you and your mentee can get help, and how to use check-ins and the meeting log.",
  },
  items: [
    {
      kind: 'lesson',
      id: 'program-rules-role',
      title: {
        da: 'Din rolle som mentor – og hvor den stopper',
        en: 'Your role as a mentor, and where it stops',
      },
      minutes: 4,
      body: {
        da: `## Hvad programmet vil

Alle programmer har et formål, som koordinatoren gennemgår med dig, når du starter. Formålet afhænger af programtypen:

- **Lektiehjælp:** Barnet får lavet sine lektier, får bedre vaner og mere tro på sig selv i skolen.
- **Fritidsven:** Barnet kommer ud til fritidsaktiviteter, får venner og har en positiv voksen at spejle sig i.
- **Karriere og jobskygning:** Gymnasieeleven får indblik i et fag og en arbejdsplads og begynder at opbygge et netværk.
- **Arbejdspladsmentor:** Den nye medarbejder lander godt, lærer nye færdigheder og bliver klar til næste skridt.

Inden for programmets formål sætter du og din mentee jeres egne mål. De skal være konkrete og realistiske: "Aflevere danskopgaven til tiden fire uger i træk" er bedre end "Blive bedre i skolen."

## Hvad er en mentor?

En mentor er et medmenneske med lidt mere erfaring, som lytter, opmuntrer, deler ud af sine erfaringer og hjælper sin mentee med at finde sine egne svar. Du er rollemodel og sparringspartner – og du er der, fordi du gerne vil.

## Hvad en mentor ikke er

Netop fordi relationen er personlig, er det vigtigt at kende rollens grænser. Du er ikke:

- **Behandler.** Du kan lytte til en mentee, der har det svært, men du behandler ikke angst, depression, spiseforstyrrelser eller traumer – heller ikke selv om du har en faglig baggrund.
- **Forælder.** Du opdrager ikke og træffer ikke beslutninger for barnet. Det gør forældrene eller værgen, også når du er uenig.
- **Lærer.** Ved lektiehjælp støtter du, men det er skolen, der underviser og vurderer. Og du laver ikke lektierne for barnet.
- **Sagsbehandler.** Du hjælper ikke familien med sager hos kommunen, bolig, økonomi eller opholdstilladelse, og du går ikke med til møder med myndigheder på familiens vegne.
- **Leder.** Som arbejdspladsmentor fordeler du ikke opgaver, vurderer ikke din mentee og blander dig ikke i løn eller prøvetid. Det er lederens opgave.

Det betyder ikke, at du skal sige "det er ikke mit bord" og lukke samtalen. Det betyder, at du hjælper din mentee videre til den, der kan hjælpe.

## Hvor kan man få hjælp?

- **Faglige udfordringer i skolen:** klasselæreren eller skolens vejleder – og forældrene, som har kontakten til skolen.
- **Mobning, ensomhed eller dårlig trivsel hos et barn:** forældrene og skolen. Fortæl også din koordinator det.
- **Psykiske problemer:** egen læge er første skridt. Børn og unge kan ringe til BørneTelefonen (116 111), og ved tanker om selvmord kan alle ringe til Livslinien (70 201 201).
- **Bekymring for et barns sikkerhed:** "Rapportér en bekymring" i Mentorpath, som går til den trivselsansvarlige. Ved akut fare ringer du 112.
- **Uddannelse og job:** studievejlederen på gymnasiet eller kommunens ungevejledning.
- **Arbejdspladsen:** lederen, HR, tillidsrepræsentanten, arbejdsmiljørepræsentanten eller fagforeningen.
- **Økonomi, bolig og sager hos myndigheder:** kommunens borgerservice eller en gratis rådgivning.

Er du i tvivl om, hvor din mentee skal hen, så spørg koordinatoren. Du skal ikke kende svaret – bare vide, hvem du kan spørge.`,
        en: `## What the program is for

Every program has a purpose, which the coordinator goes through with you when you start. The purpose depends on the program type:

- **School support:** the child gets their homework done, builds better habits and gains confidence at school.
- **Leisure companion:** the child gets out to leisure activities, makes friends and has a positive adult to look up to.
- **Career and job shadowing:** the high-school student gets an insight into a profession and a workplace and starts building a network.
- **Workplace mentoring:** the new employee settles in well, learns new skills and gets ready for the next step.

Within the program's purpose, you and your mentee set your own goals. They should be concrete and realistic: "Hand in the English essay on time four weeks in a row" is better than "Do better at school."

## What is a mentor?

A mentor is a fellow human being with a bit more experience, who listens, encourages, shares what they have learned and helps their mentee find their own answers. You are a role model and a sounding board, and you are there because you want to be.

## What a mentor is not

Precisely because the relationship is personal, it is important to know the limits of the role. You are not:

- **A therapist.** You can listen to a mentee who is struggling, but you do not treat anxiety, depression, eating disorders or trauma, even if you have a professional background.
- **A parent.** You do not bring up the child or make decisions for them. The parents or guardian do that, even when you disagree.
- **A teacher.** In school support you support, but the school teaches and assesses. And you do not do the child's homework for them.
- **A case worker.** You do not help the family with cases at the municipality, housing, money or residence permits, and you do not attend meetings with the authorities on the family's behalf.
- **A manager.** As a workplace mentor you do not hand out tasks, assess your mentee or get involved in pay or probation. That is the manager's job.

This does not mean saying "that's not my job" and closing the conversation. It means helping your mentee on to someone who can help.

## Where to get help

- **Schoolwork problems:** the class teacher or the school's counsellor, and the parents, who are the school's contact.
- **Bullying, loneliness or a child who is not doing well:** the parents and the school. Tell your coordinator too.
- **Mental health problems:** the family doctor is the first step. In Denmark, children and young people can call BørneTelefonen (116 111), and anyone with thoughts of suicide can call Livslinien (70 201 201).
- **Worry about a child's safety:** "Report a concern" in Mentorpath, which goes to the safeguarding lead. In immediate danger, call 112.
- **Education and jobs:** the school's guidance counsellor or the municipality's youth guidance service.
- **The workplace:** the manager, HR, the union representative, the health and safety representative or the trade union.
- **Money, housing and dealings with the authorities:** the municipality's citizen service or a free advice service.

If you are unsure where your mentee should go, ask the coordinator. You do not need to know the answer, only who to ask.`,
      },
    },
    {
      kind: 'lesson',
      id: 'program-rules-support',
      title: {
        da: 'Regler, mødelog og støtten omkring dig',
        en: 'Rules, the meeting log and the support around you',
      },
      minutes: 4,
      body: {
        da: `## De regler, der altid gælder

Hvert program har sine egne regler, som koordinatoren gennemgår med dig. Nogle regler gælder i alle programmer:

- **Du må først være mentor, når alt er på plads:** træningen er gennemført, screeningen er afsluttet, du har skrevet under på adfærdskodekset, og du har en gyldig børneattest, hvis programmet kræver det. Indtil da kan du ikke blive matchet eller se en mentees kontaktoplysninger.
- **Børneattesten** kræves ved lov, når man har fast, direkte kontakt med børn under 15 år. Du giver selv samtykke digitalt. Programmet beder om en ny efter en årrække og efter en pause på seks måneder eller mere.
- **Dit træningsbevis udløber** efter en periode, typisk to år. Så tager du en kort genopfriskning.
- **I mødes så tit, som programmet siger** – fx hver uge eller hver 14. dag – og på steder, der passer til programmet.
- **Det første møde er altid sammen med koordinatoren.**

## Koordinatoren er din sparringspartner

Koordinatoren tjekker ind med dig to gange i den første måned og derefter én gang om måneden. Et check-in er ikke en eksamen. Det er en snak om, hvordan det går: Hvad fungerer? Hvad er svært? Har du brug for noget?

Vær ærlig. Det er helt normalt at have perioder, hvor det går trægt, eller hvor du er i tvivl om, om du gør det godt nok. Når du siger det højt, kan koordinatoren hjælpe – med idéer, med en snak med familien eller med at justere rammerne.

## Mødeloggen

Efter hvert møde skriver du kort i mødeloggen:

- dato, og hvor længe I var sammen,
- hvad I lavede – lektier, træning, en dag med jobskygning eller en samtale,
- hvordan det gik, og om I kom tættere på jeres mål.

Skriv kort og respektfuldt, som om din mentee læser med. I programmer med børn kan forældre og værger se loggen.

Et eksempel: "Onsdag, 1 time på biblioteket. Brøker i matematik og to kapitler i læsebogen. Mikkel var træt i starten, men fik gejst, da brøkerne gav mening. Næste gang: gloser til tysk."

Skriv ikke følsomme oplysninger om helbred, familieforhold eller bekymringer i loggen. En bekymring går i "Rapportér en bekymring". Og gem ikke oplysninger om din mentee uden for platformen – heller ikke i noter på din telefon.

Hvorfor logge? Det giver koordinatoren overblik, det hjælper jer med at se, om målene rykker sig, og det viser, at programmet gør en forskel.

## Når du har brug for hjælp

- **"Hvordan kan vi hjælpe?"** findes på alle sider og sender dit spørgsmål til programmets koordinatorer.
- **"Rapportér en bekymring"** går til den trivselsansvarlige.
- **Ved akut fare** ringer du 112.
- **Har du brug for en pause** – fx på grund af sygdom, eksamen eller flytning – så sig det til koordinatoren i god tid. Et forløb kan sættes på pause eller afsluttes ordentligt. Det værste, du kan gøre, er at forsvinde.`,
        en: `## The rules that always apply

Each program has its own rules, which the coordinator goes through with you. Some rules apply in every program:

- **You may only mentor once everything is in place:** your training is complete, screening is finished, you have signed the code of conduct, and you hold a valid child certificate if the program requires one. Until then you cannot be matched or see a mentee's contact details.
- **The child certificate** (in Denmark, the *børneattest*) is required by law when you have regular, direct contact with children under 15. You give your consent digitally yourself. The program asks for a new one after some years and after a break of six months or more.
- **Your training certificate expires** after a period, usually two years. You then take a short refresher.
- **You meet as often as the program says**, for example every week or every two weeks, and in places that suit the program.
- **The first meeting is always with the coordinator.**

## The coordinator is your sounding board

The coordinator checks in with you twice in the first month and then once a month. A check-in is not an exam. It is a conversation about how things are going: what is working, what is hard, and what do you need?

Be honest. It is completely normal to go through periods when things are slow, or when you wonder whether you are doing well enough. When you say it out loud, the coordinator can help, with ideas, with a conversation with the family, or by adjusting the arrangements.

## The meeting log

After each meeting, write a short entry in the meeting log:

- the date and how long you were together,
- what you did: homework, practice, a job-shadowing day or a conversation,
- how it went, and whether you moved closer to your goals.

Write briefly and respectfully, as if your mentee were reading along. In programs with children, parents and guardians can see the log.

An example: "Wednesday, 1 hour at the library. Fractions in maths and two chapters of the reader. Mikkel was tired at first but perked up when the fractions started to make sense. Next time: German vocabulary."

Do not write sensitive information about health, family circumstances or concerns in the log. A concern goes in "Report a concern". And do not keep information about your mentee outside the platform, not even in notes on your phone.

Why log? It gives the coordinator an overview, it helps you both see whether your goals are moving, and it shows that the program makes a difference.

## When you need help

- **"How can we help?"** is on every page and sends your question to the program's coordinators.
- **"Report a concern"** goes to the safeguarding lead.
- **In immediate danger**, call 112.
- **If you need a break**, for example because of illness, exams or a move, tell the coordinator in good time. A relationship can be paused or ended properly. The worst thing you can do is disappear.`,
      },
    },
    {
      kind: 'quiz',
      id: 'program-rules-quiz',
      title: {
        da: 'Quiz: Regler og rolle',
        en: 'Quiz: Rules and role',
      },
      minutes: 9,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'q1',
          prompt: {
            da: 'Din mentees mor spørger, om du vil hjælpe med at skrive en klage til kommunen over familiens boligsag. Hvad gør du?',
            en: "Your mentee's mother asks if you will help write a complaint to the municipality about the family's housing case. What do you do?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Hjælper, fordi du er god til at skrive, og det gør en stor forskel for familien.',
                en: 'Help, because you are good at writing and it makes a big difference to the family.',
              },
              correct: false,
              explanation: {
                da: 'Det er godt ment, men du er ikke sagsbehandler eller rådgiver for familien. Det kan også blande rollerne og tage fokus fra barnet.',
                en: "It is kindly meant, but you are not the family's case worker or adviser. It can also mix roles and take the focus away from the child.",
              },
            },
            {
              text: {
                da: 'Siger venligt, at det ligger uden for din rolle som mentor, og spørger koordinatoren, hvor familien kan få hjælp.',
                en: 'Say kindly that it is outside your role as a mentor, and ask the coordinator where the family can get help.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du lukker ikke døren, men hjælper familien videre til nogen, der kan hjælpe, fx kommunens borgerservice eller en gratis rådgivning.',
                en: "Correct. You do not close the door; you help the family on to someone who can help, such as the municipality's citizen service or a free advice service.",
              },
            },
            {
              text: {
                da: 'Tilbyder at tage med til næste møde i kommunen som støtte.',
                en: 'Offer to go along to the next meeting at the municipality for support.',
              },
              correct: false,
              explanation: {
                da: 'At deltage i møder med myndigheder på familiens vegne er en sagsbehandler- eller bisidderopgave, ikke en mentoropgave.',
                en: "Attending meetings with the authorities on the family's behalf is a task for a case worker or advocate, not a mentor.",
              },
            },
          ],
        },
        {
          id: 'q2',
          prompt: {
            da: 'Du er uddannet psykolog. Din mentee på 16 fortæller om angst og spørger, om du ikke kan lave nogle øvelser med hende. Hvad gør du?',
            en: 'You are a trained psychologist. Your 16-year-old mentee talks about anxiety and asks if you could do some exercises with her. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Tilbyder et kort forløb med øvelser. Du har jo kompetencerne.',
                en: 'Offer a short course of exercises. You do have the skills.',
              },
              correct: false,
              explanation: {
                da: 'I programmet er du mentor, ikke behandler. At blande rollerne gør relationen uklar, og behandling kræver andre rammer end et mentorforløb.',
                en: 'In the program you are a mentor, not a therapist. Mixing the roles blurs the relationship, and treatment needs a different setting from mentoring.',
              },
            },
            {
              text: {
                da: 'Lytter, tager det alvorligt og hjælper hende videre – fx til egen læge – og fortæller koordinatoren, at du er bekymret for hendes trivsel.',
                en: 'Listen, take it seriously and help her on, for example to her doctor, and tell the coordinator that you are concerned about her wellbeing.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du kan sagtens være en god støtte ved siden af behandlingen, men selve hjælpen skal komme fra de rette steder.',
                en: 'Correct. You can be a good support alongside treatment, but the help itself must come from the right places.',
              },
            },
            {
              text: {
                da: 'Siger, at det ikke er noget, I skal tale om i jeres forløb.',
                en: 'Tell her that this is not something you should talk about in your relationship.',
              },
              correct: false,
              explanation: {
                da: 'Så lukker du samtalen, og hun kan føle sig afvist. Du må gerne lytte – du skal bare ikke behandle.',
                en: 'That closes the conversation, and she may feel rejected. You may listen; you just should not treat.',
              },
            },
          ],
        },
        {
          id: 'q3',
          prompt: {
            da: 'Hvad hører hjemme i mødeloggen i et program med børn? Vælg alle, der passer.',
            en: 'What belongs in the meeting log in a program with children? Choose all that apply.',
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'Dato, varighed og hvad I lavede.',
                en: 'The date, how long you met and what you did.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Det giver koordinatoren og forældrene et overblik over forløbet.',
                en: 'Correct. It gives the coordinator and the parents an overview of the relationship.',
              },
            },
            {
              text: {
                da: 'Hvordan det gik, og om I er kommet tættere på jeres mål.',
                en: 'How it went, and whether you have moved closer to your goals.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Det hjælper jer med at se fremskridt og koordinatoren med at støtte jer.',
                en: 'Correct. It helps you see progress and helps the coordinator support you.',
              },
            },
            {
              text: {
                da: 'At du er bekymret for, at barnets mor drikker.',
                en: "That you are worried the child's mother drinks.",
              },
              correct: false,
              explanation: {
                da: 'En bekymring hører til i "Rapportér en bekymring". Forældre kan se mødeloggen, og det kan skade både barnet og sagen.',
                en: 'A concern belongs in "Report a concern". Parents can see the meeting log, and this could harm both the child and the case.',
              },
            },
            {
              text: {
                da: 'Barnets diagnose, så en eventuel ny mentor kender den.',
                en: "The child's diagnosis, so that any new mentor will know it.",
              },
              correct: false,
              explanation: {
                da: 'Helbredsoplysninger er følsomme og hører ikke hjemme i mødeloggen. Det er familien, der bestemmer, hvem der skal kende dem.',
                en: 'Health information is sensitive and does not belong in the meeting log. It is for the family to decide who should know it.',
              },
            },
          ],
        },
        {
          id: 'q4',
          prompt: {
            da: 'Du er arbejdspladsmentor. Din mentees leder spørger dig, om hun er god nok til at bestå prøvetiden. Hvad svarer du?',
            en: "You are a workplace mentor. Your mentee's manager asks you whether she is good enough to pass her probation period. How do you reply?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Giver en ærlig vurdering. Det er vigtigt for virksomheden.',
                en: 'Give an honest assessment. It matters to the company.',
              },
              correct: false,
              explanation: {
                da: 'Det er lederen, der vurderer. Hvis du gør det, mister din mentee tilliden til, at hun kan tale frit med dig.',
                en: "Assessment is the manager's job. If you do it, your mentee loses the confidence that she can speak freely with you.",
              },
            },
            {
              text: {
                da: 'Fortæller kun om det, der går godt, så du hjælper hende.',
                en: 'Mention only what is going well, so that you help her.',
              },
              correct: false,
              explanation: {
                da: 'Selv en positiv vurdering er stadig en vurdering, og du bruger det, hun har fortalt dig i fortrolighed.',
                en: 'Even a positive assessment is still an assessment, and you would be using what she told you in confidence.',
              },
            },
            {
              text: {
                da: 'Forklarer venligt, at jeres samtaler er fortrolige, og at du ikke vurderer hende, og foreslår, at lederen taler med hende direkte.',
                en: 'Explain kindly that your conversations are confidential and that you do not assess her, and suggest that the manager talks to her directly.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du holder rollerne adskilt og beskytter fortroligheden, som er grundlaget for jeres forløb.',
                en: 'Correct. You keep the roles separate and protect the confidentiality your relationship is built on.',
              },
            },
          ],
        },
        {
          id: 'q5',
          prompt: {
            da: 'Hvornår må du mødes med en mentee i programmet?',
            en: 'When may you meet a mentee in the program?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Når du har søgt og haft en samtale med koordinatoren.',
                en: 'Once you have applied and had an interview with the coordinator.',
              },
              correct: false,
              explanation: {
                da: 'Samtalen er en del af screeningen, men der mangler både træning, adfærdskodeks og eventuelt børneattest.',
                en: 'The interview is part of screening, but training, the code of conduct and possibly a child certificate are still missing.',
              },
            },
            {
              text: {
                da: 'Når træning og screening er gennemført, adfærdskodekset er underskrevet, og du har en gyldig børneattest, hvis programmet kræver det.',
                en: 'When training and screening are complete, the code of conduct is signed, and you hold a valid child certificate if the program requires one.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Alle betingelser skal være opfyldt, og platformen tjekker dem, før du kan blive matchet.',
                en: 'Correct. All the conditions must be met, and the platform checks them before you can be matched.',
              },
            },
            {
              text: {
                da: 'Når koordinatoren siger, at det haster, også selv om træningen ikke er helt færdig.',
                en: 'When the coordinator says it is urgent, even if your training is not quite finished.',
              },
              correct: false,
              explanation: {
                da: 'Træning er et krav, før nogen må være mentor. Det gælder også, når det haster.',
                en: 'Training is required before anyone may mentor. That holds even when it is urgent.',
              },
            },
          ],
        },
        {
          id: 'q6',
          prompt: {
            da: 'Det går trægt med din mentee, og du overvejer at stoppe. Koordinatoren ringer til jeres månedlige check-in. Hvad gør du?',
            en: 'Things are slow with your mentee, and you are thinking of stopping. The coordinator calls for your monthly check-in. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger, at alt går fint. Du vil ikke virke som en dårlig mentor.',
                en: 'Say everything is fine. You do not want to look like a bad mentor.',
              },
              correct: false,
              explanation: {
                da: 'Så kan koordinatoren ikke hjælpe. Træge perioder er normale og ikke et tegn på, at du er en dårlig mentor.',
                en: 'Then the coordinator cannot help. Slow periods are normal and not a sign that you are a bad mentor.',
              },
            },
            {
              text: {
                da: 'Fortæller ærligt, hvordan det går, og at du overvejer at stoppe, så I sammen kan finde ud af, hvad der kan hjælpe.',
                en: 'Say honestly how it is going and that you are thinking of stopping, so you can work out together what might help.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Ærlighed giver koordinatoren mulighed for at støtte dig – og hvis forløbet skal slutte, kan det ske ordentligt.',
                en: 'Correct. Honesty lets the coordinator support you, and if the relationship does need to end, it can end properly.',
              },
            },
            {
              text: {
                da: 'Lader være med at tage telefonen og holder stille og roligt op med at svare din mentee.',
                en: 'Do not answer the phone, and quietly stop replying to your mentee.',
              },
              correct: false,
              explanation: {
                da: 'At forsvinde er det, der skader din mentee mest. Et forløb skal altid afsluttes ordentligt.',
                en: 'Disappearing is what harms your mentee most. A relationship should always be ended properly.',
              },
            },
          ],
        },
      ],
    },
  ],
};
