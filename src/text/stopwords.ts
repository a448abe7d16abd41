/** Small stopword lists (en/ru/kk): function words that carry no topic, dropped before indexing and hashing. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  // English
  (
    'a an the and or but if of to in on at by for with from into onto as is are was were be been being am do does did ' +
    'has have had having it its this that these those there here what which who whom whose when where why how than then ' +
    'so such not no nor can could should would will shall may might must i me my we our us you your he him his she her ' +
    'they them their also just only very about over under again further once s t any all both each few more most other ' +
    'some own same too up down out off ' +
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от меня ' +
    'еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там ' +
    'потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе ' +
    'под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были ' +
    'куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая ' +
    'много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно ' +
    'всю между это как сколько какие каких каким какого каком какую которые который которая которого которых кого чему чей ' +
    // Kazakh
    'және мен бен пен да де та те бұл сол осы ол олар біз сіз сен мен не ма ме ба бе па пе үшін туралы бар жоқ әр ' +
    'еді екен деп дейін соң шейін қалай неге кім қай қандай'
  ).split(/\s+/),
);
