// Generated from bench/gradbench/evals/lstm.ts by the sobolev compiler (adjoint). Do not edit.
import { tape } from "../../../runtime/index.js";

/**
 * Adjoint of sigmoid (bench/gradbench/evals/lstm.ts:11).
 * @differentiable
 * @wrt x out_b grad
 * @length grad 1
 */
export function sigmoid_adjoint(x: number, out_b: number, grad: Float64Array): number {
    const t1 = -x; // lstm.ts:12
    const t2 = Math.exp(t1); // lstm.ts:12
    const t3 = 1 + t2; // lstm.ts:12
    const ret = 1 / t3; // lstm.ts:12
    // reverse sweep
    let x_b = 0;
    let t1_b = 0;
    let t2_b = 0;
    let t3_b = 0;
    let ret_b = out_b;
    t3_b -= ret_b * (1 / (t3 * t3)); // lstm.ts:12
    t2_b += t3_b; // lstm.ts:12
    t1_b += t2_b * t2; // lstm.ts:12
    x_b -= t1_b; // lstm.ts:12
    grad[0]! += x_b;
    return ret;
}

/**
 * Adjoint of lstmObjective (bench/gradbench/evals/lstm.ts:27).
 * @differentiable
 * @wrt mainParams extraParams mainParams_b extraParams_b out_b
 * @domain l 2 2
 * @domain c 3 3
 * @domain b 2 2
 * @length mainParams 32
 * @length extraParams 6
 * @length state 8
 * @length sequence 6
 * @length mainParams_b 32
 * @length extraParams_b 6
 * @variant tangent
 */
export function lstmObjective_adjoint(l: number, c: number, b: number, mainParams: Float64Array, extraParams: Float64Array, state: Float64Array, sequence: Float64Array, mainParams_b: Float64Array, extraParams_b: Float64Array, out_b: number): number {
    let w = 0;
    let h = 0;
    let input = 0;
    let t2 = 0;
    let t3 = 0;
    let forget = 0;
    let t2_1 = 0;
    let t3_1 = 0;
    let ingate = 0;
    let t2_2 = 0;
    let t3_2 = 0;
    let outgate = 0;
    let change = 0;
    let t6 = 0;
    let top = 0;
    let t7 = 0;
    let t8 = 0;
    const t = 2 * l * b;
    let st = new Float64Array(t); // lstm.ts:28
    let st_b = new Float64Array(t); // lstm.ts:28
    for (let i = 0; i < 2 * l * b; i++) {
        st[i] = state[i]!; // lstm.ts:29
    }
    let ypred = new Float64Array(b); // lstm.ts:30
    let ypred_b = new Float64Array(b); // lstm.ts:30
    let ynorm = new Float64Array(b); // lstm.ts:30
    let ynorm_b = new Float64Array(b); // lstm.ts:30
    let total = 0; // lstm.ts:31
    let count = 0; // lstm.ts:32
    for (let t = 0; t < c - 1; t++) {
        for (let i = 0; i < b; i++) {
            ypred[i] = sequence[t * b + i]! * extraParams[i]!; // lstm.ts:35
        }
        for (let layer = 0; layer < l; layer++) {
            w = 8 * b * layer; // lstm.ts:37
            h = 2 * b * layer; // lstm.ts:37
            for (let i = 0; i < b; i++) {
                let t1 = 0; // lstm.ts:40
                const branch = layer === 0; // lstm.ts:40
                if (branch) {
                    t1 = ypred[i]!; // lstm.ts:40
                }
                else {
                    t1 = st[h - 2 * b + i]!; // lstm.ts:40
                }
                tape.pushBranch(branch); // lstm.ts:40
                tape.push(input); // lstm.ts:40
                input = t1; // lstm.ts:40
                // inlined sigmoid (bench/gradbench/evals/lstm.ts:11)
                let x = mainParams[w + 4 * b + i]! + input * mainParams[w + i]!; // lstm.ts:41
                const t1_1 = -x; // lstm.ts:12
                tape.push(t2); // lstm.ts:12
                t2 = Math.exp(t1_1); // lstm.ts:12
                tape.push(t3); // lstm.ts:12
                t3 = 1 + t2; // lstm.ts:12
                const ret_1 = 1 / t3; // lstm.ts:12
                tape.push(forget); // lstm.ts:41
                forget = ret_1; // lstm.ts:41
                // inlined sigmoid (bench/gradbench/evals/lstm.ts:11)
                let x_1 = mainParams[w + 5 * b + i]! + st[h + i]! * mainParams[w + b + i]!; // lstm.ts:42
                const t1_2 = -x_1; // lstm.ts:12
                tape.push(t2_1); // lstm.ts:12
                t2_1 = Math.exp(t1_2); // lstm.ts:12
                tape.push(t3_1); // lstm.ts:12
                t3_1 = 1 + t2_1; // lstm.ts:12
                const ret_2 = 1 / t3_1; // lstm.ts:12
                tape.push(ingate); // lstm.ts:42
                ingate = ret_2; // lstm.ts:42
                // inlined sigmoid (bench/gradbench/evals/lstm.ts:11)
                let x_2 = mainParams[w + 6 * b + i]! + input * mainParams[w + 2 * b + i]!; // lstm.ts:43
                const t1_3 = -x_2; // lstm.ts:12
                tape.push(t2_2); // lstm.ts:12
                t2_2 = Math.exp(t1_3); // lstm.ts:12
                tape.push(t3_2); // lstm.ts:12
                t3_2 = 1 + t2_2; // lstm.ts:12
                const ret_3 = 1 / t3_2; // lstm.ts:12
                tape.push(outgate); // lstm.ts:43
                outgate = ret_3; // lstm.ts:43
                const t4 = mainParams[w + 7 * b + i]! + st[h + i]! * mainParams[w + 3 * b + i]!; // lstm.ts:44
                tape.push(change); // lstm.ts:44
                change = Math.tanh(t4); // lstm.ts:44
                const t5 = st[h + b + i]! * forget; // lstm.ts:45
                tape.push(st[h + b + i]!); // lstm.ts:45
                st[h + b + i] = t5 + ingate * change; // lstm.ts:45
                tape.push(t6); // lstm.ts:46
                t6 = Math.tanh(st[h + b + i]!); // lstm.ts:46
                tape.push(st[h + i]!); // lstm.ts:46
                st[h + i] = outgate * t6; // lstm.ts:46
            }
        }
        top = 2 * b * (l - 1); // lstm.ts:49
        for (let i = 0; i < b; i++) {
            ypred[i] = extraParams[2 * b + i]! + st[top + i]! * extraParams[b + i]!; // lstm.ts:50
        }
        let sum = 0; // lstm.ts:52
        for (let i = 0; i < b; i++) {
            tape.push(t7); // lstm.ts:53
            t7 = Math.exp(ypred[i]!); // lstm.ts:53
            sum += t7; // lstm.ts:53
        }
        tape.push(t8); // lstm.ts:54
        t8 = sum + 2; // lstm.ts:54
        const lse = Math.log(t8); // lstm.ts:54
        for (let i = 0; i < b; i++) {
            ynorm[i] = ypred[i]! - lse; // lstm.ts:55
        }
        for (let i = 0; i < b; i++) {
            total += sequence[(t + 1) * b + i]! * ynorm[i]!; // lstm.ts:56
        }
        count += b; // lstm.ts:57
    }
    const t9 = -total; // lstm.ts:59
    const ret = t9 / count; // lstm.ts:59
    // reverse sweep
    let t1_b = 0;
    let input_b = 0;
    let x_b = 0;
    let t1_1_b = 0;
    let t2_b = 0;
    let t3_b = 0;
    let ret_1_b = 0;
    let forget_b = 0;
    let x_1_b = 0;
    let t1_2_b = 0;
    let t2_1_b = 0;
    let t3_1_b = 0;
    let ret_2_b = 0;
    let ingate_b = 0;
    let x_2_b = 0;
    let t1_3_b = 0;
    let t2_2_b = 0;
    let t3_2_b = 0;
    let ret_3_b = 0;
    let outgate_b = 0;
    let t4_b = 0;
    let change_b = 0;
    let t5_b = 0;
    let t6_b = 0;
    let t7_b = 0;
    let sum_b = 0;
    let t8_b = 0;
    let lse_b = 0;
    let total_b = 0;
    let t9_b = 0;
    let ret_b = out_b;
    t9_b += ret_b * (1 / count); // lstm.ts:59
    total_b -= t9_b; // lstm.ts:59
    for (let t = c - 1 - 1; t >= 0; t--) {
        top = 2 * b * (l - 1); // lstm.ts:49
        for (let i = b - 1; i >= 0; i--) {
            ynorm_b[i]! += total_b * sequence[(t + 1) * b + i]!; // lstm.ts:56
        }
        for (let i = b - 1; i >= 0; i--) {
            ypred_b[i]! += ynorm_b[i]!; // lstm.ts:55
            lse_b -= ynorm_b[i]!; // lstm.ts:55
            ynorm_b[i] = 0; // lstm.ts:55
        }
        t8_b += lse_b * (1 / t8); // lstm.ts:54
        lse_b = 0; // lstm.ts:54
        t8 = tape.pop(); // lstm.ts:54
        sum_b += t8_b; // lstm.ts:54
        t8_b = 0; // lstm.ts:54
        for (let i = b - 1; i >= 0; i--) {
            t7_b += sum_b; // lstm.ts:53
            ypred_b[i]! += t7_b * t7; // lstm.ts:53
            t7_b = 0; // lstm.ts:53
            t7 = tape.pop(); // lstm.ts:53
        }
        sum_b = 0; // lstm.ts:52
        for (let i = b - 1; i >= 0; i--) {
            extraParams_b[2 * b + i]! += ypred_b[i]!; // lstm.ts:50
            st_b[top + i]! += ypred_b[i]! * extraParams[b + i]!; // lstm.ts:50
            extraParams_b[b + i]! += ypred_b[i]! * st[top + i]!; // lstm.ts:50
            ypred_b[i] = 0; // lstm.ts:50
        }
        for (let layer = l - 1; layer >= 0; layer--) {
            w = 8 * b * layer; // lstm.ts:37
            h = 2 * b * layer; // lstm.ts:37
            for (let i = b - 1; i >= 0; i--) {
                st[h + i] = tape.pop(); // lstm.ts:46
                outgate_b += st_b[h + i]! * t6; // lstm.ts:46
                t6_b += st_b[h + i]! * outgate; // lstm.ts:46
                st_b[h + i] = 0; // lstm.ts:46
                st_b[h + b + i]! += t6_b * (1 - t6 * t6); // lstm.ts:46
                t6_b = 0; // lstm.ts:46
                t6 = tape.pop(); // lstm.ts:46
                st[h + b + i] = tape.pop(); // lstm.ts:45
                t5_b += st_b[h + b + i]!; // lstm.ts:45
                ingate_b += st_b[h + b + i]! * change; // lstm.ts:45
                change_b += st_b[h + b + i]! * ingate; // lstm.ts:45
                st_b[h + b + i] = 0; // lstm.ts:45
                st_b[h + b + i]! += t5_b * forget; // lstm.ts:45
                forget_b += t5_b * st[h + b + i]!; // lstm.ts:45
                t5_b = 0; // lstm.ts:45
                t4_b += change_b * (1 - change * change); // lstm.ts:44
                change_b = 0; // lstm.ts:44
                change = tape.pop(); // lstm.ts:44
                mainParams_b[w + 7 * b + i]! += t4_b; // lstm.ts:44
                st_b[h + i]! += t4_b * mainParams[w + 3 * b + i]!; // lstm.ts:44
                mainParams_b[w + 3 * b + i]! += t4_b * st[h + i]!; // lstm.ts:44
                t4_b = 0; // lstm.ts:44
                outgate = tape.pop(); // lstm.ts:43
                ret_3_b += outgate_b; // lstm.ts:43
                outgate_b = 0; // lstm.ts:43
                t3_2_b -= ret_3_b * (1 / (t3_2 * t3_2)); // lstm.ts:12
                ret_3_b = 0; // lstm.ts:12
                t3_2 = tape.pop(); // lstm.ts:12
                t2_2_b += t3_2_b; // lstm.ts:12
                t3_2_b = 0; // lstm.ts:12
                t1_3_b += t2_2_b * t2_2; // lstm.ts:12
                t2_2_b = 0; // lstm.ts:12
                t2_2 = tape.pop(); // lstm.ts:12
                x_2_b -= t1_3_b; // lstm.ts:12
                t1_3_b = 0; // lstm.ts:12
                mainParams_b[w + 6 * b + i]! += x_2_b; // lstm.ts:43
                input_b += x_2_b * mainParams[w + 2 * b + i]!; // lstm.ts:43
                mainParams_b[w + 2 * b + i]! += x_2_b * input; // lstm.ts:43
                x_2_b = 0; // lstm.ts:43
                ingate = tape.pop(); // lstm.ts:42
                ret_2_b += ingate_b; // lstm.ts:42
                ingate_b = 0; // lstm.ts:42
                t3_1_b -= ret_2_b * (1 / (t3_1 * t3_1)); // lstm.ts:12
                ret_2_b = 0; // lstm.ts:12
                t3_1 = tape.pop(); // lstm.ts:12
                t2_1_b += t3_1_b; // lstm.ts:12
                t3_1_b = 0; // lstm.ts:12
                t1_2_b += t2_1_b * t2_1; // lstm.ts:12
                t2_1_b = 0; // lstm.ts:12
                t2_1 = tape.pop(); // lstm.ts:12
                x_1_b -= t1_2_b; // lstm.ts:12
                t1_2_b = 0; // lstm.ts:12
                mainParams_b[w + 5 * b + i]! += x_1_b; // lstm.ts:42
                st_b[h + i]! += x_1_b * mainParams[w + b + i]!; // lstm.ts:42
                mainParams_b[w + b + i]! += x_1_b * st[h + i]!; // lstm.ts:42
                x_1_b = 0; // lstm.ts:42
                forget = tape.pop(); // lstm.ts:41
                ret_1_b += forget_b; // lstm.ts:41
                forget_b = 0; // lstm.ts:41
                t3_b -= ret_1_b * (1 / (t3 * t3)); // lstm.ts:12
                ret_1_b = 0; // lstm.ts:12
                t3 = tape.pop(); // lstm.ts:12
                t2_b += t3_b; // lstm.ts:12
                t3_b = 0; // lstm.ts:12
                t1_1_b += t2_b * t2; // lstm.ts:12
                t2_b = 0; // lstm.ts:12
                t2 = tape.pop(); // lstm.ts:12
                x_b -= t1_1_b; // lstm.ts:12
                t1_1_b = 0; // lstm.ts:12
                mainParams_b[w + 4 * b + i]! += x_b; // lstm.ts:41
                input_b += x_b * mainParams[w + i]!; // lstm.ts:41
                mainParams_b[w + i]! += x_b * input; // lstm.ts:41
                x_b = 0; // lstm.ts:41
                input = tape.pop(); // lstm.ts:40
                t1_b += input_b; // lstm.ts:40
                input_b = 0; // lstm.ts:40
                if (tape.popBranch()) {
                    ypred_b[i]! += t1_b; // lstm.ts:40
                    t1_b = 0; // lstm.ts:40
                }
                else {
                    st_b[h - 2 * b + i]! += t1_b; // lstm.ts:40
                    t1_b = 0; // lstm.ts:40
                }
                t1_b = 0; // lstm.ts:40
            }
        }
        for (let i = b - 1; i >= 0; i--) {
            extraParams_b[i]! += ypred_b[i]! * sequence[t * b + i]!; // lstm.ts:35
            ypred_b[i] = 0; // lstm.ts:35
        }
    }
    total_b = 0; // lstm.ts:31
    for (let i = 2 * l * b - 1; i >= 0; i--) {
        st_b[i] = 0; // lstm.ts:29
    }
    return ret;
}
