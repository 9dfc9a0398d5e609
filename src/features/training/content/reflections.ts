import type { Reflection } from './types';

/** The mentor plans the first meeting and reflects on their motivation and what could be hard. */
export const reflectionFirstMeeting: Reflection = {
  kind: 'reflection',
  id: 'reflection-first-meeting',
  title: {
    da: 'Refleksion: Dit første møde',
    en: 'Reflection: Your first meeting',
  },
  minutes: 20,
  prompt: {
    da: `Skriv en kort refleksion på 300–500 ord om dit første møde med din kommende mentee. Du kender måske ikke din mentee endnu, så tag udgangspunkt i det program, du skal være mentor i.

## Svar på disse spørgsmål

1. **Din motivation.** Hvorfor vil du være mentor? Hvad håber du, din mentee får ud af forløbet – og hvad håber du selv at få ud af det?
2. **Din plan for det første møde.** Hvordan vil du præsentere dig selv? Skriv to-tre åbne spørgsmål, du vil stille. Hvad kunne I lave sammen, så det ikke kun bliver en samtale?
3. **Rammerne.** Hvad vil du gerne aftale ved første møde – fx hvor og hvor tit I ses, hvordan I giver besked ved aflysning, og hvad forløbet skal føre til?
4. **Det, der kan blive svært.** Hvad kan blive en udfordring for dig? Det kan være en mentee, der ikke siger ret meget, forskelle i baggrund og vaner, eller travlhed i din egen hverdag. Hvordan vil du håndtere det, og hvornår vil du tage fat i koordinatoren?
5. **Dine forventninger.** Hvad gør du, hvis relationen udvikler sig langsommere, end du havde håbet?

## Godt at vide

- Skriv om dig selv og dine egne tanker. Der er ikke ét rigtigt svar.
- Skriv ikke navne eller andre oplysninger, der kan identificere en mentee.
- Underviseren læser din refleksion og godkender den eller sender den tilbage med en kommentar, så du kan uddybe.`,
    en: `Write a short reflection of 300–500 words about your first meeting with your future mentee. You may not know your mentee yet, so start from the program you will be mentoring in.

## Answer these questions

1. **Your motivation.** Why do you want to be a mentor? What do you hope your mentee will gain from it, and what do you hope to gain yourself?
2. **Your plan for the first meeting.** How will you introduce yourself? Write two or three open questions you will ask. What could you do together, so that it is not just a conversation?
3. **The basics.** What would you like to agree at the first meeting, such as where and how often you meet, how you let each other know about cancellations, and what the relationship should lead to?
4. **What could be hard.** What might be a challenge for you? It could be a mentee who says very little, differences in background and habits, or a busy everyday life of your own. How will you handle it, and when will you contact the coordinator?
5. **Your expectations.** What will you do if the relationship develops more slowly than you hoped?

## Good to know

- Write about yourself and your own thoughts. There is no single right answer.
- Do not write names or other details that could identify a mentee.
- The trainer reads your reflection and either approves it or returns it with a comment so you can add more.`,
  },
};

/** The mentor describes a situation in which a boundary could be tested and how they would handle it. */
export const reflectionBoundaries: Reflection = {
  kind: 'reflection',
  id: 'reflection-boundaries',
  title: {
    da: 'Refleksion: Når en grænse bliver udfordret',
    en: 'Reflection: When a boundary is tested',
  },
  minutes: 15,
  prompt: {
    da: `Forestil dig en situation i dit program, hvor en grænse bliver udfordret. Det kan være en gave fra familien, en anmodning om at følge hinanden på sociale medier, et barn, der beder om et lift hjem, en betroelse, du bliver bedt om at holde hemmelig, eller en leder, der spørger, hvordan din mentee klarer sig. Skriv 250–400 ord.

## Svar på disse spørgsmål

1. **Situationen.** Beskriv kort, hvad der sker, og hvem der er involveret.
2. **Grænsen.** Hvilken grænse er på spil, og hvorfor tror du, den findes? Hvem beskytter den?
3. **Det, du siger og gør.** Hvad vil du sige? Skriv gerne de ord, du ville bruge, så din mentee ikke føler sig afvist.
4. **Hvem du inddrager.** Skal koordinatoren eller den trivselsansvarlige vide det, og hvornår? Hvad skriver du ned, og hvor?
5. **Det svære.** Hvad kunne gøre det svært for dig at holde grænsen i netop den situation – og hvad kan hjælpe dig?

Skriv ikke navne eller andre oplysninger, der kan identificere en mentee. Underviseren læser din refleksion og godkender den eller sender den tilbage med en kommentar.`,
    en: `Imagine a situation in your program where a boundary is tested. It could be a gift from the family, a request to follow each other on social media, a child asking for a lift home, a confidence you are asked to keep secret, or a manager asking how your mentee is getting on. Write 250–400 words.

## Answer these questions

1. **The situation.** Describe briefly what happens and who is involved.
2. **The boundary.** Which boundary is at stake, and why do you think it exists? Who does it protect?
3. **What you say and do.** What will you say? Write the actual words you would use, so that your mentee does not feel rejected.
4. **Who you involve.** Should the coordinator or the safeguarding lead know, and when? What do you write down, and where?
5. **What is hard.** What could make it difficult for you to hold the boundary in this particular situation, and what could help you?

Do not write names or other details that could identify a mentee. The trainer reads your reflection and either approves it or returns it with a comment.`,
  },
};
