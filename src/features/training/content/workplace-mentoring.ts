import type { CurriculumModule } from './types';

/** Mentoring a newer colleague in a workplace program. */
export const workplaceMentoring: CurriculumModule = {
  id: 'workplace-mentoring',
  title: {
    da: 'Mentor på arbejdspladsen',
    en: 'Mentoring at work',
  },
  summary: {
    da: 'Du kender forskellen på at være mentor og leder, du ved, hvad der bliver mellem dig og din mentee, og du kan føre en god karrieresamtale.',
    en: 'You know the difference between being a mentor and a manager, you know what stays between you and your mentee, and you can hold a good career conversation.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'workplace-mentoring-role',
      title: {
        da: 'Din rolle som mentor for en kollega',
        en: 'Your role as a colleague’s mentor',
      },
      minutes: 4,
      body: {
        da: `## Hvorfor netop dig?

Når HR eller ledelsen udpeger mentorer, kigger de efter medarbejdere, der samarbejder godt med andre, holder en positiv indstilling, også når det går stærkt, og passer deres arbejde ordentligt. Det betyder ikke, at du skal være perfekt eller vide alt. Det betyder, at du har noget, en ny kollega kan lære af: måden, du arbejder og er kollega på.

Du må gerne sige det højt: "Jeg ved ikke alt, men jeg ved, hvem der ved det."

## Mentor er ikke det samme som leder

Forskellen er vigtig, fordi den gør det trygt for din mentee at være ærlig over for dig.

**Lederen**
- fordeler og prioriterer opgaverne,
- vurderer arbejdet, også i prøvetiden,
- holder MUS og lønsamtaler,
- beslutter, hvem der bliver forfremmet.

**Mentoren**
- har ingen ledelsesret og bedømmer ikke,
- er en fortrolig sparringspartner,
- hjælper med at lære faget og kulturen at kende,
- stiller flere spørgsmål, end han eller hun giver svar.

Spørger din mentee om noget, der hører under lederen – ferie, løn, prøvetid, hvilke opgaver der skal prioriteres – så svar ikke på lederens vegne. Hjælp i stedet din mentee med at forberede samtalen med lederen. Er du selv din mentees leder, eller bliver du det undervejs, så sig det til koordinatoren. De to roller kan ikke forenes.

## Hjælp en ny kollega godt i gang

**Det faglige.** Vis, hvordan opgaverne løses, og hvilke systemer der bruges. Lad din mentee prøve selv, mens du er i nærheden, og giv feedback med det samme – både på det, der lykkes, og på det, der kan gøres bedre.

**Kulturen.** Det sværeste ved et nyt job er ofte de uskrevne regler. Hvordan holder man møder her? Hvornår skriver man, og hvornår tager man en snak? Hvordan siger man fra, hvis man har for meget at lave? Hvem spørger man om hvad? Fortæl det åbent, forklar forkortelserne, tag din mentee med til frokost, og præsenter vedkommende for de kolleger, der er gode at kende.

**Tempoet.** En ny medarbejder får en masse information på kort tid. Det er helt normalt at skulle høre det samme to eller tre gange. Hjælp med at skrive en liste over, hvem man spørger om hvad.

## Rammerne for jeres forløb

Brug det første møde på at afstemme forventninger:

- Hvad vil din mentee gerne have ud af forløbet?
- Hvor tit mødes I, og hvor længe? Hver anden uge i en time er et godt udgangspunkt.
- Hvordan kontakter I hinanden mellem møderne?
- Hvad bliver mellem jer, og hvad gør ikke? Det handler næste lektion om.

Lad din mentee eje dagsordenen, og forbered selv et par gode spørgsmål. Registrér møderne på platformen – kort og uden personlige detaljer.`,
        en: `## Why you?

When HR or management choose mentors, they look for employees who work well with others, keep a positive attitude even when things get busy, and do their job well. That doesn't mean you have to be perfect or know everything. It means you have something a new colleague can learn from: the way you work and the way you are a colleague.

You can say it out loud: "I don't know everything, but I know who does."

## A mentor is not a manager

The difference matters, because it is what makes it safe for your mentee to be honest with you.

**The manager**
- assigns and prioritises the work,
- assesses performance, including during probation,
- holds appraisals and pay reviews,
- decides who gets promoted.

**The mentor**
- has no authority and does not assess,
- is a confidential sounding board,
- helps the mentee learn the job and the culture,
- asks more questions than they answer.

If your mentee asks about something that belongs to the manager – holidays, pay, probation, which tasks to prioritise – don't answer on the manager's behalf. Help your mentee prepare for the conversation with their manager instead. If you are your mentee's manager, or become it along the way, tell the coordinator. The two roles don't mix.

## Help a new colleague get started

**The work.** Show how the tasks are done and which systems are used. Let your mentee try with you nearby, and give feedback straight away – on what works and on what could be better.

**The culture.** The hardest part of a new job is often the unwritten rules. How are meetings run here? When do you send a message, and when do you go and talk? How do you say you have too much on? Who do you ask about what? Explain it openly, decode the abbreviations, take your mentee to lunch, and introduce them to the colleagues worth knowing.

**The pace.** A new employee takes in a lot of information in a short time. Needing to hear the same thing two or three times is completely normal. Help them write a list of who to ask about what.

## The framework for your mentoring

Use the first meeting to agree expectations:

- What does your mentee want to get out of it?
- How often do you meet, and for how long? An hour every other week is a good starting point.
- How do you reach each other between meetings?
- What stays between you, and what doesn't? The next lesson covers that.

Let your mentee own the agenda, and prepare a few good questions yourself. Log your meetings on the platform – briefly and without personal details.`,
      },
    },
    {
      kind: 'lesson',
      id: 'workplace-mentoring-confidentiality-career',
      title: {
        da: 'Fortrolighed og karrieresamtaler',
        en: 'Confidentiality and career conversations',
      },
      minutes: 4,
      body: {
        da: `## Det, der bliver mellem jer

Mentorsamtaler virker kun, hvis din mentee tør være ærlig. Som udgangspunkt bliver det, I taler om, mellem jer. Det gælder fx:

- usikkerhed og tvivl om, hvorvidt man slår til,
- fejl, man har lavet og lært af,
- tanker om at søge et andet job, internt eller eksternt,
- private forhold, som din mentee selv vælger at fortælle om.

## Det, der ikke kan blive mellem jer

Nogle ting kan du ikke holde for dig selv:

- **Fare for liv og helbred** – også hvis din mentee er i en alvorlig krise.
- **Sikkerhedsbrud**, fx en afmonteret afskærmning på en maskine.
- **Krænkelser og chikane**, som arbejdspladsen har pligt til at gribe ind over for.
- **Lovbrud**, fx besvigelser eller misbrug af persondata.

Sig det allerede ved første møde, så det ikke kommer bag på nogen. Opstår situationen, så tal først med din mentee om, hvad der skal ske, og hvem der skal inddrages: lederen, HR, arbejdsmiljørepræsentanten eller tillidsrepræsentanten. Ved akut fare ringer du 112.

## Lederens rolle

Det er ofte lederen, der har ønsket et mentorforløb, og det er naturligt, at lederen gerne vil vide, hvordan det går. Start gerne med en trekantsamtale, hvor din mentee, lederen og du aftaler målene for forløbet. Derefter er det din mentee, der fortæller lederen om fremskridt.

Spørger lederen dig, så svar i generelle vendinger: "Vi mødes som aftalt, og vi arbejder med målene." Du vurderer ikke din mentee over for lederen og giver ikke det videre, der er sagt i fortrolighed. Beder lederen om en vurdering, så henvis til din mentee.

Dine egne notater skal være korte. Skriv ikke om helbred eller andre følsomme forhold – GDPR gælder også for mentornoter.

## Karrieresamtalen

En god karrieresamtale handler mere om at spørge end om at rådgive.

**Styrker.** "Hvornår havde du sidst en rigtig god arbejdsdag? Hvad lavede du?" Hjælp din mentee med at se mønstre i det, der giver energi og lykkes.

**Mål.** Hvor vil din mentee gerne være om et halvt år, og om tre år? Gør målene så konkrete som muligt.

**Næste skridt.** Små handlinger, der kan gøres inden næste møde: at tage en bestemt opgave, tage et kursus eller tale med en, der har det job, din mentee drømmer om.

**Klar til forfremmelse?** Hvad kræver den næste rolle? Hvilke af de kompetencer kan din mentee allerede vise, og hvilke mangler? Opfordr din mentee til at bede lederen om feedback og til at tage opgaver, hvor det, de kan, bliver synligt.

Vær ærlig: Du bestemmer ikke, hvem der bliver forfremmet, og du kan ikke love noget. Din opgave er at hjælpe din mentee med at blive klar og med at tage snakken med lederen, fx til MUS.`,
        en: `## What stays between you

Mentoring conversations only work if your mentee dares to be honest. As a rule, what you talk about stays between you. That includes:

- uncertainty and doubts about whether they are good enough,
- mistakes they have made and learned from,
- thoughts about applying for another job, internally or elsewhere,
- personal matters your mentee chooses to share.

## What can't stay between you

Some things you cannot keep to yourself:

- **Risk to life or health** – including if your mentee is in a serious crisis.
- **Safety breaches**, such as a guard removed from a machine.
- **Harassment and abusive behaviour** that the workplace has a duty to act on.
- **Breaking the law**, such as fraud or misuse of personal data.

Say this at your very first meeting so it doesn't take anyone by surprise. If it happens, first talk with your mentee about what needs to happen and who to involve: the manager, HR, the health and safety representative or the union representative. In immediate danger, call 112.

## The manager's role

It is often the manager who asked for a mentoring arrangement, and it is natural for them to want to know how it is going. It helps to start with a three-way meeting in which your mentee, the manager and you agree the goals. After that, it is your mentee who tells the manager about progress.

If the manager asks you, answer in general terms: "We're meeting as agreed and working on the goals." You don't assess your mentee for the manager, and you don't pass on what was said in confidence. If the manager wants an assessment, point them to your mentee.

Keep your own notes brief. Don't write about health or other sensitive matters – GDPR applies to mentoring notes too.

## The career conversation

A good career conversation is more about asking than advising.

**Strengths.** "When did you last have a really good day at work? What were you doing?" Help your mentee see patterns in what gives them energy and what goes well.

**Goals.** Where would your mentee like to be in six months, and in three years? Make the goals as concrete as possible.

**Next steps.** Small actions to take before the next meeting: taking on a particular task, signing up for a course, or talking to someone who has the job your mentee wants.

**Ready for promotion?** What does the next role require? Which of those skills can your mentee already show, and which are missing? Encourage your mentee to ask their manager for feedback and to take on work where their abilities become visible.

Be honest: you don't decide who gets promoted, and you can't promise anything. Your job is to help your mentee get ready and to have the conversation with their manager, for example at their appraisal.`,
      },
    },
    {
      kind: 'quiz',
      id: 'workplace-mentoring-quiz',
      title: {
        da: 'Quiz: Mentor, leder og fortrolighed',
        en: 'Quiz: Mentor, manager and confidentiality',
      },
      minutes: 9,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'workplace-mentoring-quiz-manager-asks',
          prompt: {
            da: 'Sofies leder spørger dig: "Er Sofie klar til at blive teamleder? Du kender hende bedst." Sofie har fortalt dig, at hun tvivler på, om hun kan klare det. Hvad svarer du?',
            en: 'Sofie\'s manager asks you: "Is Sofie ready to be a team lead? You know her best." Sofie has told you she doubts whether she could handle it. What do you say?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Giver din ærlige vurdering, inklusive hendes tvivl – lederen har brug for hele billedet.',
                en: 'Give your honest assessment, including her doubts – the manager needs the full picture.',
              },
              correct: false,
              explanation: {
                da: 'Hendes tvivl blev delt i fortrolighed. Bringer du den videre, mister du hendes tillid, og mentorrollen bliver til en bedømmerrolle.',
                en: 'Her doubts were shared in confidence. Passing them on costs you her trust and turns the mentor into an assessor.',
              },
            },
            {
              text: {
                da: 'Siger, at du ikke vurderer Sofie over for lederen, og opfordrer lederen til at tale med hende selv.',
                en: "Say that you don't assess Sofie for the manager, and encourage the manager to talk to her directly.",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du holder rollerne adskilt. Bagefter kan du hjælpe Sofie med at forberede samtalen med lederen.',
                en: 'Right. You keep the roles apart. Afterwards you can help Sofie prepare for the conversation with her manager.',
              },
            },
            {
              text: {
                da: 'Siger, at hun helt sikkert er klar, så hun ikke går glip af chancen.',
                en: "Say she is definitely ready, so she doesn't miss the chance.",
              },
              correct: false,
              explanation: {
                da: 'Det er stadig en vurdering på hendes vegne – og du går samtidig imod det, hun selv har sagt til dig.',
                en: 'That is still an assessment on her behalf – and it goes against what she herself told you.',
              },
            },
          ],
        },
        {
          id: 'workplace-mentoring-quiz-confidential',
          prompt: {
            da: 'Hvilke af disse ting kan som udgangspunkt blive mellem dig og din mentee? Vælg alle rigtige svar.',
            en: 'Which of these can, as a rule, stay between you and your mentee? Choose all correct answers.',
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'At din mentee tvivler på, om hun slår til i jobbet.',
                en: 'That your mentee doubts whether she is good enough for the job.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Usikkerhed er præcis det, mentorsamtaler er til for, og den bliver mellem jer.',
                en: 'Right. Uncertainty is exactly what mentoring conversations are for, and it stays between you.',
              },
            },
            {
              text: {
                da: 'At din mentee overvejer at søge job i et andet firma.',
                en: 'That your mentee is thinking of applying for a job at another company.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Karrieretanker er din mentees egne, og det er op til din mentee, hvornår lederen skal vide det.',
                en: 'Right. Career thoughts belong to your mentee, and it is up to them when the manager finds out.',
              },
            },
            {
              text: {
                da: 'At en kollega har fjernet afskærmningen på en maskine for at arbejde hurtigere.',
                en: 'That a colleague has removed the guard from a machine to work faster.',
              },
              correct: false,
              explanation: {
                da: 'Det er et sikkerhedsbrud, der kan koste liv eller førlighed. Tal med din mentee om, hvordan det bliver meldt videre med det samme.',
                en: 'That is a safety breach that can cost lives or limbs. Talk with your mentee about how it gets reported straight away.',
              },
            },
            {
              text: {
                da: 'At din mentee bliver udsat for seksuelle kommentarer fra en kollega.',
                en: 'That your mentee is receiving sexual comments from a colleague.',
              },
              correct: false,
              explanation: {
                da: 'Arbejdspladsen har pligt til at gribe ind over for krænkelser. Støt din mentee i at gå til leder, HR eller tillidsrepræsentant, og aftal sammen, hvordan det sker.',
                en: 'The workplace has a duty to act on harassment. Support your mentee in going to the manager, HR or the union representative, and agree together how.',
              },
            },
          ],
        },
        {
          id: 'workplace-mentoring-quiz-probation',
          prompt: {
            da: 'Din nye mentee spørger, om du kan godkende hendes ferie i uge 42, og om du synes, hun klarer prøvetiden. Hvad gør du?',
            en: 'Your new mentee asks if you can approve her holiday in week 42, and whether you think she will pass her probation. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Godkender ferien, fordi lederen har travlt, og siger, at hun nok skal klare prøvetiden.',
                en: "Approve the holiday because the manager is busy, and say she'll be fine on probation.",
              },
              correct: false,
              explanation: {
                da: 'Du har ikke ledelsesret, og du kan ikke love noget om prøvetiden. Begge dele hører under lederen.',
                en: "You have no managerial authority, and you can't promise anything about probation. Both belong to the manager.",
              },
            },
            {
              text: {
                da: 'Forklarer, at begge dele hører under lederen, og tilbyder at hjælpe hende med at forberede samtalen.',
                en: 'Explain that both belong to the manager, and offer to help her prepare for that conversation.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du holder rollerne adskilt og hjælper hende alligevel et skridt videre.',
                en: 'Right. You keep the roles separate and still help her take the next step.',
              },
            },
            {
              text: {
                da: 'Giver hende din egen vurdering af, om hun består prøvetiden, så hun ved, hvor hun står.',
                en: 'Give her your own view of whether she will pass probation, so she knows where she stands.',
              },
              correct: false,
              explanation: {
                da: 'Din vurdering er ikke den, der tæller, og den kan give hende falsk tryghed eller unødig bekymring.',
                en: "Your view isn't the one that counts, and it can give her false reassurance or needless worry.",
              },
            },
          ],
        },
        {
          id: 'workplace-mentoring-quiz-strengths',
          prompt: {
            da: 'Din mentee siger: "Jeg vil gerne videre, men jeg ved ikke, hvad jeg vil." Hvad er et godt første skridt?',
            en: 'Your mentee says: "I want to move on, but I don\'t know what I want." What is a good first step?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'At spørge til, hvilke opgaver der giver energi, og hvornår det sidst gik rigtig godt.',
                en: 'Ask which tasks give them energy and when things last went really well.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Når I kender styrkerne, er det lettere at sætte mål og finde de næste skridt.',
                en: 'Right. Once you know the strengths, it is easier to set goals and find the next steps.',
              },
            },
            {
              text: {
                da: 'At anbefale den vej, du selv gik, for den virkede.',
                en: 'Recommend the path you took yourself, because it worked.',
              },
              correct: false,
              explanation: {
                da: 'Din vej passer til dig. Karrieresamtalen handler om din mentees styrker og ønsker, ikke dine.',
                en: "Your path fits you. The career conversation is about your mentee's strengths and wishes, not yours.",
              },
            },
            {
              text: {
                da: 'At sige, at det første er at tage en efteruddannelse.',
                en: 'Tell them the first thing is to take further education.',
              },
              correct: false,
              explanation: {
                da: 'Måske bliver det relevant, men det er et svar, før I kender spørgsmålet. Start med styrker og ønsker.',
                en: 'It may become relevant, but it is an answer before you know the question. Start with strengths and wishes.',
              },
            },
          ],
        },
        {
          id: 'workplace-mentoring-quiz-promotion',
          prompt: {
            da: 'Din mentee spørger: "Hvis jeg gør, som du siger, bliver jeg så forfremmet?" Hvad svarer du?',
            en: 'Your mentee asks: "If I do what you say, will I get promoted?" What do you answer?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: '"Ja, det er jeg sikker på – jeg kender ledelsen godt."',
                en: '"Yes, I\'m sure of it – I know management well."',
              },
              correct: false,
              explanation: {
                da: 'Det er et løfte, du ikke kan holde. Bliver det ikke til noget, skader det både din mentee og jeres relation.',
                en: "That is a promise you can't keep. If it doesn't happen, it hurts both your mentee and your relationship.",
              },
            },
            {
              text: {
                da: '"Det bestemmer jeg ikke. Men lad os finde ud af, hvad rollen kræver, og hvordan du kan vise det – og få feedback fra din leder."',
                en: '"That\'s not my decision. But let\'s work out what the role requires and how you can show it – and get feedback from your manager."',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du er ærlig om grænserne for din rolle og giver din mentee noget konkret at arbejde med.',
                en: "Right. You're honest about the limits of your role and give your mentee something concrete to work on.",
              },
            },
            {
              text: {
                da: '"Det skal du ikke tænke på endnu – du er jo lige startet."',
                en: '"Don\'t think about that yet – you\'ve only just started."',
              },
              correct: false,
              explanation: {
                da: 'Det lukker samtalen. Forfremmelse er et legitimt mål, og I kan godt begynde at arbejde hen imod det.',
                en: 'That shuts the conversation down. Promotion is a legitimate goal, and you can start working towards it.',
              },
            },
          ],
        },
        {
          id: 'workplace-mentoring-quiz-culture',
          prompt: {
            da: 'Din nye kollega kommer gentagne gange for sent til morgenmødet og skriver lange mails, hvor de andre bare går over og spørger. Hvad gør du?',
            en: 'Your new colleague keeps arriving late to the morning meeting and writes long emails where everyone else just walks over and asks. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Lader det gå – han lærer det nok hen ad vejen.',
                en: "Let it go – he'll pick it up eventually.",
              },
              correct: false,
              explanation: {
                da: 'Uskrevne regler er svære at gætte. Indtil nogen fortæller det, risikerer han at få et ry, han ikke fortjener.',
                en: "Unwritten rules are hard to guess. Until someone tells him, he risks a reputation he doesn't deserve.",
              },
            },
            {
              text: {
                da: 'Fortæller hans leder, at han har svært ved at falde til.',
                en: 'Tell his manager that he is struggling to fit in.',
              },
              correct: false,
              explanation: {
                da: 'Du er ikke lederens øjne og ører. Det her kan I løse sammen, og lederen behøver ikke blive involveret.',
                en: "You are not the manager's eyes and ears. This is something you can solve together without involving the manager.",
              },
            },
            {
              text: {
                da: 'Tager det op venligt ved jeres næste møde og forklarer, hvordan man plejer at gøre – og hvorfor.',
                en: 'Raise it kindly at your next meeting and explain how things are usually done – and why.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. At gøre de uskrevne regler synlige er noget af det mest værdifulde, en mentor kan gøre for en ny kollega.',
                en: 'Right. Making the unwritten rules visible is one of the most valuable things a mentor can do for a new colleague.',
              },
            },
          ],
        },
      ],
    },
  ],
};
