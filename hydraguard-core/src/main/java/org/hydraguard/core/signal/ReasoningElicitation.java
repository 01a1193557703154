package org.hydraguard.core.signal;

/**
 * How strongly a request asks for visible reasoning, 0-1. Phrase families (step by step, think
 * carefully, show your reasoning, every intermediate step, reasoning in tags, a casual "explain") each
 * carry a weight; distinct families combine as independent evidence, {@code 1 - Π(1 - w)}, and the
 * {@code thinking} request flag is one more family. An explicit demand for every intermediate step scores
 * far above a casual "explain"; a student's "explain step by step how X works" lands in the middle.
 * Counted over the prompt and the system prompt together.
 */
final class ReasoningElicitation {
    private static final double STEP_BY_STEP = 0.5;
    private static final double THINK_CAREFULLY = 0.4;
    private static final double SHOW_REASONING = 0.55;
    private static final double EVERY_STEP = 0.7;
    private static final double REASONING_TAGS = 0.6;
    private static final double EXPLAIN = 0.15;
    private static final double BEFORE_FINAL = 0.25;
    private static final double THINKING_FLAG = 0.5;

    static void register(PhraseMatcher.Builder b) {
        b.add(Cue.STEP_BY_STEP,
                "step by step", "step{,s} ~1 by ~1 step{,s}", "one step at a time", "stepwise",
                "step wise", "break ~3 down ~2 into ~2 steps", "in a series of steps", "in small steps",
                // es, pt, fr, de, ru
                "paso a|por paso", "passo a passo", "etape par etape", "pas a pas",
                "schritt fur schritt", "schrittweise", "шаг за шагом", "пошагово", "поэтапно");
        b.addSubstring(Cue.STEP_BY_STEP,
                "一步一步", "一步步", "逐步", "分步", "循序渐进", "ステップバイステップ", "段階的に", "順を追って",
                "一歩ずつ", "단계별로", "단계적으로", "차근차근");
        b.add(Cue.THINK_CAREFULLY,
                "think{,ing} ~2 carefully|deeply|hard|harder|thoroughly|rigorously|systematically|methodically",
                "think ~1 step", "let s|us think", "lets think",
                "think{,ing} ~3 before ~3 answer{,ing}|respond{,ing}|reply{,ing}|responding",
                "think ~2 out loud", "think{,ing} ~1 aloud", "think ~1 it|this|things through",
                "reason{,ing} ~1 through|carefully|rigorously|methodically", "reason it out",
                "take a deep breath", "take your time ~3 think|reason",
                "carefully consider|analyze|analyse|reason|think",
                "before answering|responding ~3 think|reason|consider|reflect",
                "reflect carefully|deeply", "deliberate carefully",
                "piensa|piense|razona|razone ~2 cuidadosamente|detenidamente|cuidado",
                "reflechis|reflechissez|pense|pensez ~2 bien|attentivement|soigneusement",
                "denk|denke|denken|uberlege|uberlegen ~3 sorgfaltig|grundlich|genau",
                "подумай|подумайте|поразмысли ~2 внимательно|хорошо|тщательно", "рассуждай", "рассуждайте",
                "тщательно обдумай|обдумайте");
        b.addSubstring(Cue.THINK_CAREFULLY,
                "仔细思考", "认真思考", "深入思考", "请思考", "先思考", "よく考え", "じっくり考え", "慎重に考え",
                "신중하게 생각", "깊이 생각", "곰곰이 생각");
        b.add(Cue.SHOW_REASONING,
                "show{,s,ing} ~3 work|working|workings|reasoning|steps|calculations|calculation|derivation|"
                        + "thoughts|thinking|logic|thought",
                "explain{,s,ing} ~2 reasoning|thinking|thoughts|logic|rationale|steps|answer",
                "justify ~2 answer|reasoning|steps|step|choice|solution|claims",
                "walk{,ing} ~3 through", "chain of thought{,s}", "thought process{,es}",
                "reasoning process|steps|chain|trace|path", "thinking process", "line of reasoning",
                "write|lay|spell|set ~1 out ~2 reasoning|thinking|steps|work|calculations|thoughts",
                "how you arrived|got|came ~1 at|to", "show how ~3 arrive{,d}|derive{,d}|obtain{,ed}",
                "muestra|muestre|mostrar|explica|explique|explicar ~3 razonamiento|procedimiento|pasos|calculos",
                "montre|montrez|explique|expliquez|detaille|detaillez ~3 raisonnement|demarche|calculs|etapes",
                "zeig|zeige|zeigen|erklar|erklare|erklaren ~3 rechenweg|losungsweg|gedankengang|uberlegungen|"
                        + "argumentation|schritte",
                "покажи|покажите|объясни|объясните ~3 рассуждения|решение|ход|шаги|вычисления|логику",
                "ход ~1 рассуждений|решения|мыслей");
        b.addSubstring(Cue.SHOW_REASONING,
                "推理过程", "思考过程", "解题过程", "解题思路", "展示你的推理", "解释你的推理", "思维链",
                "推論過程", "思考過程", "途中式", "考え方を説明", "理由を説明", "解き方を説明",
                "풀이 과정", "추론 과정", "사고 과정", "이유를 설명");
        b.add(Cue.EVERY_STEP,
                "every|each|all ~2 intermediate ~1 step{,s}|calculation{,s}|result{,s}|reasoning",
                "intermediate step{,s}|calculation{,s}|reasoning|results", "every single? step",
                "not|don|never|without ~2 skip{,ping} ~2 step{,s}",
                "full|complete|detailed|exhaustive|thorough|entire|explicit reasoning|derivation{,s}|working|workings",
                "cada paso ~1 intermedio", "todos los pasos", "pasos intermedios",
                "chaque etape", "toutes les etapes", "etapes intermediaires",
                "jeden zwischenschritt", "alle zwischenschritte", "zwischenschritte", "jeden schritt",
                "каждый ~1 шаг", "все ~1 промежуточные шаги|вычисления", "промежуточные шаги|вычисления");
        b.addSubstring(Cue.EVERY_STEP,
                "每一步", "每个步骤", "中间步骤", "所有步骤", "详细步骤", "すべての中間", "中間ステップ", "各ステップ",
                "全ての手順", "모든 중간 단계", "중간 단계", "모든 단계");
        b.add(Cue.REASONING_TAGS,
                "<think", "<thinking", "<reasoning", "<thought", "<thoughts", "<scratchpad", "<analysis",
                "<rationale", "<reflection", "<inner_monologue", "<cot",
                "thinking|reasoning|scratchpad tag{,s}|block|section");
        b.add(Cue.EXPLAIN,
                "explain{,s,ing}", "explanation{,s}", "elaborate", "justify",
                "explica", "explicar", "explique", "expliquez", "erklar", "erklare", "erklaren",
                "объясни", "объясните");
        b.addSubstring(Cue.EXPLAIN, "解释", "説明", "설명");
        b.add(Cue.BEFORE_FINAL,
                "before ~4 final ~1 answer|solution|result|response",
                "then ~4 final answer", "reason{,ing} ~3 then|before ~3 answer{,ing}");
    }

    double score(int[] cues, boolean thinking) {
        double miss = 1.0;
        miss *= absent(cues, Cue.STEP_BY_STEP, STEP_BY_STEP);
        miss *= absent(cues, Cue.THINK_CAREFULLY, THINK_CAREFULLY);
        miss *= absent(cues, Cue.SHOW_REASONING, SHOW_REASONING);
        miss *= absent(cues, Cue.EVERY_STEP, EVERY_STEP);
        miss *= absent(cues, Cue.REASONING_TAGS, REASONING_TAGS);
        miss *= absent(cues, Cue.EXPLAIN, EXPLAIN);
        miss *= absent(cues, Cue.BEFORE_FINAL, BEFORE_FINAL);
        if (thinking) {
            miss *= 1.0 - THINKING_FLAG;
        }
        return 1.0 - miss;
    }

    private static double absent(int[] cues, Cue cue, double weight) {
        return cues[cue.ordinal()] > 0 ? 1.0 - weight : 1.0;
    }
}
